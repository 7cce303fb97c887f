using System.Globalization;
using System.Text;
using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;
using Xunit.Abstractions;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// More hostile shapes for the linear-time proof of <see cref="LinearTimeTests"/> (same counter,
/// <see cref="WorkCounter"/>: steps, never time): every kind of bracket nested 1,000 and 10,000 levels deep,
/// runs of each separator and joiner, emoji with skin tones and ZWJ sequences, disguised words, and Civitai's
/// ReDoS shapes (audit-redos.test.ts, audit-cjk-redos.test.ts). Each is screened at 10,000 and 100,000
/// characters: the work must grow about ten times (a quadratic step would grow it a hundred times) and stay
/// within a fixed number of steps per input character. The check itself is shown to catch quadratic work.
/// </summary>
public sealed class PathologicalInputTests(ITestOutputHelper output)
{
    /// <summary>Work may grow at most this much faster than the input (linear work grows exactly as fast, plus rounding).</summary>
    private const double GrowthSlack = 1.3;

    /// <summary>Steps per input character, at most (as in <see cref="LinearTimeTests"/>).</summary>
    private const double MaxStepsPerChar = 100;

    private const int Small = 10_000;
    private const int Factor = 10;

    public static TheoryData<string> Shapes() => [.. ShapeBuilders.Keys];

    private static readonly Dictionary<string, Func<int, string>> ShapeBuilders = new(StringComparer.Ordinal)
    {
        // Brackets, separators and emoji (issue 16's list), beyond LinearTimeTests.
        ["nested parentheses with a weight"] = n => Nest("(", "child, nude:1.3", ")", n / 10),
        ["nested brackets with prompt editing"] = n => Nest("[", "girl:woman:0.5", "]", n / 10),
        ["nested angle brackets (LoRA)"] = n => Nest("<", "lora:young:0.8", ">", n / 10),
        ["unclosed parentheses and weights"] = n => Repeat("(:1.", n),
        ["emoji, skin tones and ZWJ sequences"] = n => Repeat("👶🏽🧒🏫🎒🔞🍆💦👨‍👩‍👧‍👦", n),
        ["underscores (joiners)"] = n => "a" + new string('_', n) + "b",
        ["hyphens (joiners)"] = n => "a" + new string('-', n) + "b",
        ["dots (joiners)"] = n => "a" + new string('.', n) + "b",
        ["zero-width joiners"] = n => "a" + new string('\u200D', n) + "b",
        ["mixed separators"] = n => Repeat(" -_.!*|:\u3000\u200B,", n),
        // Shapes that exercise the matcher's look-ups.
        ["letters joined by hyphens"] = n => Repeat("a-", n),
        ["phrase heads"] = n => Repeat("young ", n),
        ["leet and homoglyph words"] = n => Repeat("n00d сhild l0li ", n),
        ["stretched letters"] = n => Repeat("nuuuuuuuuuude ", n),
        ["CJK terms"] = n => Repeat("子供ヌード", n),
        ["long words"] = n => Repeat(new string('x', 60) + " ", n),
        // Civitai's ReDoS shapes (audit-redos.test.ts, audit-cjk-redos.test.ts).
        ["youth word then one long run"] = n => "young " + new string('a', n),
        ["near miss then spaces"] = n => "without" + new string(' ', n) + "x",
        ["leet soup"] = n => Repeat("e3o0s zil1", n),
        ["repeated near miss"] = n => Repeat("explici ", n),
        // An ideograph that starts hundreds of names (王), alone and with the spaces a name may go on across.
        ["one family name ideograph"] = n => new string('\u738B', n),
        ["one family name ideograph, spaced"] = n => Repeat("\u738B ", n),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Screen_PathologicalInput_WorkGrowsLinearly(string shape)
    {
        var build = ShapeBuilders[shape];
        var small = build(Small);
        var large = build(Small * Factor);

        var (smallWork, _) = Measure(small);
        var (largeWork, verdict) = Measure(large);

        Assert.True(Enum.IsDefined(verdict.Decision));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{shape}: {small.Length:N0} chars {smallWork:N0} steps, {large.Length:N0} chars {largeWork:N0} steps ({(double)largeWork / large.Length:0.0} per char), {verdict.Decision}"));
        var problem = Linearity.Check(small.Length, smallWork, large.Length, largeWork, GrowthSlack, MaxStepsPerChar);
        Assert.True(problem is null, $"{shape}: {problem}");
    }

    /// <summary>The check above must be able to fail: a quadratic or an expensive-per-character series is caught.</summary>
    [Fact]
    public void LinearityCheck_QuadraticOrCostlyWork_IsReported()
    {
        Assert.Null(Linearity.Check(10_000, 50_000, 100_000, 500_000, GrowthSlack, MaxStepsPerChar));
        Assert.Null(Linearity.Check(10_006, 20_000, 100_006, 200_000, GrowthSlack, MaxStepsPerChar));
        Assert.Contains("grew", Linearity.Check(10_000, 10_000, 100_000, 10_000_000, GrowthSlack, MaxStepsPerChar), StringComparison.Ordinal);
        Assert.Contains("grew", Linearity.Check(10_000, 50_000, 100_000, 800_000, GrowthSlack, MaxStepsPerChar), StringComparison.Ordinal);
        Assert.Contains("per input character", Linearity.Check(10_000, 2_000_000, 100_000, 20_000_000, GrowthSlack, MaxStepsPerChar), StringComparison.Ordinal);
    }

    private static (long Work, PromptVerdict Verdict) Measure(string prompt)
    {
        Assert.True(WorkCounter.IsCompiled, "Run the tests in the Debug configuration: SCREENING_WORK_COUNTER is off.");
        WorkCounter.Reset();
        // The prompt as negative prompt too: both fields are screened, with their own lexicons.
        var verdict = TestScreeners.Default.Screen(prompt, prompt, "strict");
        return (WorkCounter.Steps, verdict);
    }

    private static string Nest(string open, string inner, string close, int levels) =>
        string.Concat(Enumerable.Repeat(open, levels)) + inner + string.Concat(Enumerable.Repeat(close, levels));

    /// <summary><paramref name="unit"/> repeated up to <paramref name="length"/> characters (whole units).</summary>
    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length + unit.Length <= length)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }

    private static class Linearity
    {
        /// <summary>Null when the work is linear; else what is wrong.</summary>
        public static string? Check(int smallLength, long smallWork, int largeLength, long largeWork, double slack, double maxPerChar)
        {
            var inputGrowth = (double)largeLength / smallLength;
            var workGrowth = (double)largeWork / Math.Max(1, smallWork);
            if (workGrowth > inputGrowth * slack)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"work grew {workGrowth:0.0}x ({smallWork:N0} → {largeWork:N0} steps) for {inputGrowth:0.0}x the input ({smallLength:N0} → {largeLength:N0} characters)");
            }

            var perChar = (double)largeWork / largeLength;
            return perChar > maxPerChar
                ? string.Create(CultureInfo.InvariantCulture, $"{perChar:0.0} steps per input character ({largeWork:N0} for {largeLength:N0}), above {maxPerChar}")
                : null;
        }
    }
}
