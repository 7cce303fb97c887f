using System.Text;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>Hostile or degenerate input always yields a verdict; the same input always yields the same verdict.</summary>
public sealed class PromptScreenerRobustnessTests
{
    private const int Huge = 100_000;

    private static void AssertWellFormed(PromptVerdict verdict)
    {
        Assert.Equal(Enum.GetValues<HarmCategory>().Length, verdict.Categories.Count);
        Assert.True(Enum.IsDefined(verdict.Decision));
        Assert.All(verdict.Reasons, r => Assert.False(string.IsNullOrEmpty(r.Code)));
    }

    private static void AssertSpansInside(PromptVerdict verdict, string prompt, string? negative)
    {
        foreach (var r in verdict.Reasons.Where(r => r.Span is not null))
        {
            var source = r.Field == "negativePrompt" ? negative! : prompt;
            Assert.InRange(r.Span!.Value.Start, 0, source.Length - 1);
            Assert.InRange(r.Span.Value.Start + r.Span.Value.Length, 1, source.Length);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("()[]{}<>")]
    [InlineData("\u200B\u200D\u2060\u00AD\uFEFF")]
    [InlineData("<lora::>")]
    [InlineData("(((:1.2")]
    public void Screen_EmptyishPrompt_AllowsUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Allow, prompt, prompt, policy);
            AssertWellFormed(verdict);
            Assert.Empty(verdict.Reasons);
        }
    }

    [Fact]
    public void Screen_NullPrompt_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => TestScreeners.Default.Screen(null!));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('\u5B50')] // a CJK ideograph
    public void Screen_HugePromptOfOneRepeatedChar_ReturnsAllowVerdict(char c)
    {
        var prompt = new string(c, Huge);

        var verdict = ScreeningAssert.Screen(prompt, prompt, "strict");

        AssertWellFormed(verdict);
        Assert.Equal(Decision.Allow, verdict.Decision);
    }

    [Fact]
    public void Screen_HugePromptOfSpacedSingleLetters_ReturnsVerdict()
    {
        var sb = new StringBuilder(Huge);
        for (var i = 0; sb.Length < Huge; i++)
        {
            sb.Append((char)('a' + (i % 26))).Append(' ');
        }

        var prompt = sb.ToString();

        var verdict = ScreeningAssert.Screen(prompt, prompt, "strict");

        AssertWellFormed(verdict);
        AssertSpansInside(verdict, prompt, prompt);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    public void Screen_HugePromptOfRandomUnicode_ReturnsVerdictWithSpansInside(int seed)
    {
        var random = new Random(seed);
        var chars = new char[Huge];
        for (var i = 0; i < chars.Length; i++)
        {
            // Any UTF-16 unit, lone surrogates included, except U+FFFF (see Screen_PromptContainingUFFFF_ReturnsVerdict).
            chars[i] = (char)random.Next(0, 0xFFFF);
        }

        var prompt = new string(chars);

        var verdict = ScreeningAssert.Screen(prompt, prompt, "strict");

        AssertWellFormed(verdict);
        AssertSpansInside(verdict, prompt, prompt);
    }

    [Fact]
    public void Screen_PromptContainingUFFFF_ReturnsVerdict()
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Block, "child\uFFFF, nude", "\uFFFF", policy);
            AssertWellFormed(verdict);
        }
    }

    [Fact]
    public void Screen_HugePromptOfRandomCodePointsAndWords_ReturnsVerdictWithSpansInside()
    {
        var random = new Random(7);
        string[] words = ["nude", "child", "ｎｕｄｅ", "子供", "ヌード", "(", ":1.2)", "\u200B", "n u d e", "12", "year", "old", ",", " "];
        var sb = new StringBuilder(Huge + 64);
        while (sb.Length < Huge)
        {
            if (random.Next(3) == 0)
            {
                sb.Append(words[random.Next(words.Length)]);
            }
            else
            {
                var codePoint = random.Next(0x20, 0x2FFFF);
                sb.Append(char.ConvertFromUtf32(codePoint is >= 0xD800 and <= 0xDFFF ? 'A' : codePoint));
            }
        }

        var prompt = sb.ToString();

        var verdict = ScreeningAssert.Screen(prompt, prompt, "mature");

        AssertWellFormed(verdict);
        AssertSpansInside(verdict, prompt, prompt);
    }

    [Fact]
    public void Screen_HugePromptOfLoneSurrogates_ReturnsAllowVerdict()
    {
        var sb = new StringBuilder(Huge);
        while (sb.Length < Huge)
        {
            sb.Append('\uDC00').Append('\uD800').Append('x').Append('\uD83D');
        }

        var prompt = sb.ToString();

        var verdict = ScreeningAssert.Screen(prompt, prompt, "strict");

        AssertWellFormed(verdict);
        Assert.Equal(Decision.Allow, verdict.Decision);
    }

    [Fact]
    public void Screen_DeeplyNestedParentheses_StillFindsTheWordInside()
    {
        const int depth = Huge / 2;
        var prompt = new string('(', depth) + "child, nude" + new string(')', depth);

        var verdict = ScreeningAssert.Screen(prompt, null, "mature");

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Equal(depth, ScreeningAssert.Reason(verdict, ReasonCodes.TermMinor).Span!.Value.Start);
    }

    [Fact]
    public void Screen_UnbalancedNestedBrackets_ReturnsVerdict()
    {
        var sb = new StringBuilder(Huge);
        while (sb.Length < Huge)
        {
            sb.Append("[(<lora:");
        }

        var verdict = ScreeningAssert.Screen(sb.ToString(), null, "strict");

        AssertWellFormed(verdict);
        Assert.Equal(Decision.Allow, verdict.Decision);
    }

    [Theory]
    [InlineData("child, nude", null)]
    [InlineData("Taylor Swift in a bikini, 12:30", "clothes, adult")]
    [InlineData("\u5199\u771F\u3001\u5B50\u4F9B\u306E\u30CC\u30FC\u30C9", "lowres")]
    public void Screen_SameInputTwice_SameVerdict(string prompt, string? negative)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var first = ScreeningAssert.Screen(prompt, negative, policy);
            ScreeningAssert.Screen("an unrelated prompt about a nude teen", "clothes", policy); // dirty the reused workspace
            var second = ScreeningAssert.Screen(prompt, negative, policy);

            Assert.Equal(first.Decision, second.Decision);
            Assert.Equal(first.Categories, second.Categories);
            Assert.Equal(first.Reasons, second.Reasons);
        }
    }

    [Fact]
    public void Screen_PreviousCallsSignals_DoNotLeakIntoNextVerdict()
    {
        ScreeningAssert.Screen("a child", "clothes, adult", "strict");

        var verdict = ScreeningAssert.Screen("a woman, nude", null, "mature");

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.Equal(0, verdict.SeverityOf(HarmCategory.Minors));
        Assert.DoesNotContain(verdict.Reasons, r => r.Field == "negativePrompt");
    }

    [Fact]
    public void Screen_ConcurrentCallers_GetTheSameVerdictsAsSequentialCalls()
    {
        string[] prompts = ["child, nude", "woman, nude", "teen, sexy", "a lake", "Taylor Swift, sexy", "12yo in a bikini", "gore", "\u5E7C\u5973\u3001\u5168\u88F8"];
        var expected = prompts.Select(p => ScreeningAssert.Screen(p, "clothes", "strict")).ToArray();
        var mismatches = 0;

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var k = i % prompts.Length;
            var actual = TestScreeners.Default.Screen(prompts[k], "clothes", "strict");
            if (actual.Decision != expected[k].Decision || !actual.Reasons.SequenceEqual(expected[k].Reasons))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }
}
