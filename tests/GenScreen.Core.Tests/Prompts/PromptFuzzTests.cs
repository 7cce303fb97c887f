using System.Globalization;
using System.Text;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// The hostile-prompt fuzz loop that runs in CI: seeded random prompts up to the service's maximum length
/// (<see cref="ScreeningOptions.MaxPromptLength"/>, 10,000 characters) built from random Unicode of every plane (lone
/// surrogates, controls, bidi overrides, noncharacters, combining-mark floods), prompt syntax nested deep ((((x)))),
/// [[[ ]]], &lt;lora:x:0.8&gt;, {a|b}, weights), and the shapes that stress each matcher (long runs of one character,
/// spaced and dotted letters, zero-width floods, number walls, age phrases, leet, homoglyphs, CJK, emoji ZWJ chains).
/// Every prompt must get a verdict (no exception; every category present), with work linear in its length (counted steps,
/// <see cref="WorkCounter"/>, never time) and managed allocation bounded per character. A failure prints the seed, the
/// case and the prompt's shape; GENSCREEN_FUZZ_SEED and GENSCREEN_FUZZ_CASES replay or lengthen the loop.
/// </summary>
public sealed class PromptFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20_261_201;
    private const int DefaultCases = 400;

    /// <summary>As <see cref="LinearTimeTests"/>: steps per input character, and a constant for a short prompt.</summary>
    private const long StepsPerChar = 100;
    private const long FixedSteps = 10_000;

    /// <summary>Managed bytes per input character (tokens, variants, evidence), plus a constant; measured about 10x below this.</summary>
    private const long BytesPerChar = 4_096;
    private const long FixedBytes = 4L * 1024 * 1024;

    private static readonly string[] Words =
    [
        "girl", "woman", "child", "kid", "loli", "teen", "young", "nude", "naked", "nsfw", "sex", "12", "twelve", "years", "old",
        "y/o", "yo", "schoolgirl", "1girl", "score_9", "masterpiece", "photo", "cat", "not", "without", "adult", "18+", "小学生",
        "ヌード", "子供", "девочка", "голая", "niña", "desnuda", "n00d", "сhild", "l0li", "nuuuude", "12yo", "11-year-old",
    ];

    private static readonly string[] Syntax = ["(", ")", "[", "]", "{", "}", "<", ">", "|", ":", "::", ":1.3", ":0.1", "\\(", "\\)", "<lora:", "BREAK", "AND", ",", "_", "-", "."];

    private static readonly string[] Invisible = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u034F", "\u180E", "\u202E", "\u2066", "\uFE0F", "\U000E0041"];

    [Fact]
    public void Screen_RandomHostilePrompts_AlwaysAVerdict_LinearWork_BoundedMemory()
    {
        Assert.True(WorkCounter.IsCompiled, "Run the tests in the Debug configuration: SCREENING_WORK_COUNTER is off.");
        int seed = EnvironmentInt("GENSCREEN_FUZZ_SEED", DefaultSeed);
        int cases = EnvironmentInt("GENSCREEN_FUZZ_CASES", DefaultCases);
        int maxLength = new ScreeningOptions().MaxPromptLength;
        var random = new Random(seed);
        var screener = TestScreeners.Default;
        string[] policies = [.. screener.PolicyNames];
        screener.Screen("warm up"); // lexicons are built once, outside the measurement
        screener.BuildDeferredIndexes(); // and the indexes of other scripts, which the first such prompt would otherwise build inside its count (the test alone failed; after other tests it passed)
        long worstStepsPerChar = 0, worstBytesPerChar = 0;
        var decisions = new Dictionary<Decision, int>();

        for (int i = 0; i < cases; i++)
        {
            int length = i % 10 == 0 ? maxLength : 1 + random.Next(maxLength);
            var (prompt, shape) = Generate(random, length);
            var negative = random.Next(4) == 0 ? Generate(random, 1 + random.Next(200)).Prompt : null;
            var policy = policies[random.Next(policies.Length)];
            var mode = (GenerationMode)random.Next(3);
            try
            {
                WorkCounter.Reset();
                long before = GC.GetAllocatedBytesForCurrentThread();
                var verdict = screener.Screen(prompt, negative, policy, mode);
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                long steps = WorkCounter.Steps;
                int chars = prompt.Length + (negative?.Length ?? 0);

                Assert.True(Enum.IsDefined(verdict.Decision));
                Assert.Equal(Enum.GetValues<HarmCategory>().Length, verdict.Categories.Count);
                Assert.True(steps <= FixedSteps + (StepsPerChar * chars), $"{steps} steps for {chars} characters");
                Assert.True(allocated <= FixedBytes + (BytesPerChar * chars), $"{allocated} bytes allocated for {chars} characters");
                worstStepsPerChar = Math.Max(worstStepsPerChar, steps / Math.Max(1, chars));
                worstBytesPerChar = Math.Max(worstBytesPerChar, allocated / Math.Max(1, chars));
                decisions[verdict.Decision] = decisions.GetValueOrDefault(verdict.Decision) + 1;
            }
            catch (Exception e)
            {
                throw new XunitException(
                    $"seed {seed}, case {i} ({shape}, {prompt.Length} chars, policy {policy}, mode {mode}; first 80 chars escaped: " +
                    $"{Escape(prompt[..Math.Min(80, prompt.Length)])}): {e}");
            }
        }

        output.WriteLine($"seed {seed}, {cases} prompts up to {maxLength} chars: {string.Join(", ", decisions.Select(d => $"{d.Key} {d.Value}"))}; " +
                         $"worst {worstStepsPerChar} steps/char, {worstBytesPerChar} bytes/char");
        // The generator reaches every decision: its words are real triggers, its noise is benign.
        Assert.True(decisions.Count >= 2, "the generator reaches more than one decision");
    }

    [Theory]
    [InlineData("parentheses", "(", ")")]
    [InlineData("brackets", "[", "]")]
    [InlineData("braces", "{", "}")]
    [InlineData("weighted parentheses", "(", ":1.1)")]
    [InlineData("prompt editing", "[", ":cat:0.5]")]
    public void Screen_NestedSyntaxAtMaximumLength_StillFindsTheWordsInside(string name, string open, string close)
    {
        int maxLength = new ScreeningOptions().MaxPromptLength;
        const string inside = "12 year old girl, nude";
        int depth = (maxLength - inside.Length) / (open.Length + close.Length);
        var prompt = string.Concat(Enumerable.Repeat(open, depth)) + inside + string.Concat(Enumerable.Repeat(close, depth));

        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.True(prompt.Length <= maxLength, name);
        Assert.Equal(Decision.Block, verdict.Decision);
    }

    private static (string Prompt, string Shape) Generate(Random random, int length)
    {
        var sb = new StringBuilder(length + 16);
        int kind = random.Next(9);
        string shape = kind switch
        {
            0 => "random code units (any UTF-16, lone surrogates too)",
            1 => "random scalar values from every plane",
            2 => "words and prompt syntax",
            3 => "nested syntax",
            4 => "one character repeated",
            5 => "spaced or dotted letters",
            6 => "zero-width flood between words",
            7 => "number wall",
            _ => "combining-mark flood",
        };
        while (sb.Length < length)
        {
            switch (kind)
            {
                case 0:
                    sb.Append((char)random.Next(0x10000));
                    break;
                case 1:
                    int scalar = random.Next(0x110000);
                    sb.Append(scalar is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : char.ConvertFromUtf32(scalar));
                    break;
                case 2:
                    sb.Append(random.Next(3) == 0 ? Syntax[random.Next(Syntax.Length)] : Words[random.Next(Words.Length)]).Append(random.Next(3) == 0 ? ", " : " ");
                    break;
                case 3:
                    int depth = 1 + random.Next(200);
                    string[] pairs = ["()", "[]", "{}", "<>"];
                    var pair = pairs[random.Next(pairs.Length)];
                    sb.Append(pair[0], depth).Append(Words[random.Next(Words.Length)]).Append(random.Next(2) == 0 ? ":1.5" : "").Append(pair[1], random.Next(depth + 1));
                    break;
                case 4:
                    sb.Append(Words[random.Next(Words.Length)][0], length);
                    break;
                case 5:
                    var word = Words[random.Next(Words.Length)];
                    string gap = random.Next(2) == 0 ? " " : ".";
                    sb.AppendJoin(gap, word.ToCharArray()).Append(", ");
                    break;
                case 6:
                    sb.Append(Words[random.Next(Words.Length)]);
                    for (int k = random.Next(500); k > 0; k--)
                    {
                        sb.Append(Invisible[random.Next(Invisible.Length)]);
                    }

                    break;
                case 7:
                    sb.Append(random.Next(100)).Append(random.Next(4) switch { 0 => " ", 1 => ",", 2 => "", _ => " years " });
                    break;
                default:
                    sb.Append((char)('a' + random.Next(26)));
                    for (int k = random.Next(300); k > 0; k--)
                    {
                        sb.Append((char)(0x0300 + random.Next(0x70)));
                    }

                    break;
            }
        }

        // Cut at the length, never inside a surrogate pair made by this generator (case 0 makes lone ones on purpose).
        int cut = length;
        if (kind != 0 && cut < sb.Length && char.IsLowSurrogate(sb[cut]))
        {
            cut--;
        }

        return (sb.ToString(0, Math.Max(1, cut)), shape);
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            sb.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return sb.ToString();
    }

    private static int EnvironmentInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
