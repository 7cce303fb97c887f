using BenchmarkDotNet.Attributes;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Benchmarks;

/// <summary>
/// The cost of the world gazetteer (issue 16, i16-people-data), before and after in one run: the same code with and
/// without its three files (politicians of ~230 countries, NBA/WNBA players, CC-CEDICT's people; ~60,000 name
/// forms, native scripts included).
/// </summary>
[MemoryDiagnoser]
public class WorldGazetteerBenchmarks
{
    private static readonly string[] WorldFiles = ["builtin:names/politicians", "builtin:names/basketball", "builtin:names/cedict-people"];

    /// <summary>About 500 characters of mixed scripts: Latin tags, a Korean and a Chinese clause, a Cyrillic name.</summary>
    private const string MixedPrompt =
        "masterpiece, best quality, (photorealistic:1.2), portrait of a woman in a summer garden, golden hour, 85mm, "
        + "bokeh, detailed skin, soft light, 바닷가에서 산책하는 여성, 고화질 사진, 海边散步的女人，油画风格，高清, "
        + "Геннадий Зюганов на трибуне, news photo, Joko Widodo at a press conference, cinematic lighting, film grain, "
        + "by greg rutkowski and alphonse mucha, trending on artstation, intricate details, sharp focus, 8k uhd, "
        + "negative space, muted colors, depth of field, wide angle, volumetric fog, high dynamic range";

    private PromptScreener _screener = null!;
    private List<LexiconSource> _sources = null!;

    [Params(false, true)]
    public bool World { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_sources, _screener) = DataFileCost.Build(WorldFiles, World);
    }

    [Benchmark(Baseline = true)]
    public Decision BenignPrompt() => _screener.Screen(SamplePrompts.Benign, null, "mature").Decision;

    [Benchmark]
    public Decision MixedScriptsPrompt() => _screener.Screen(MixedPrompt, null, "mature").Decision;

    /// <summary>Start-up's share: compiling every lexicon.</summary>
    [Benchmark]
    public int BuildLexicons() => LexiconSet.Build(_sources).ProtectedNameCount;
}
