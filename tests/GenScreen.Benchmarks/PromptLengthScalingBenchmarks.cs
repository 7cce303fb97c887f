using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;

namespace GenScreen.Benchmarks;

/// <summary>Screening time against prompt length: should grow linearly (no backtracking, no quadratic passes).</summary>
[MemoryDiagnoser]
public class PromptLengthScalingBenchmarks
{
    private PromptScreener _screener = null!;
    private string _prompt = string.Empty;

    [Params(500, 2_000, 10_000)]
    public int Length { get; set; }

    [Params("words", "letters")]
    public string Shape { get; set; } = "words";

    [GlobalSetup]
    public void Setup()
    {
        _screener = ScreeningSetup.CreateScreener(new ScreeningOptions());
        // "letters" is adversarial: one-letter tokens make the spaced-letter joiner do the most work.
        var unit = Shape == "words" ? SamplePrompts.Benign + ", " : "a b c d e f g h i j k l m n o p ";
        var text = string.Concat(Enumerable.Repeat(unit, (Length / unit.Length) + 1));
        _prompt = text[..Length];
    }

    [Benchmark]
    public Decision Screen() => _screener.Screen(_prompt, null, "mature").Decision;
}
