using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// The matcher's memo of plain words (<see cref="PlainWordMemo"/>) changes no answer: every labelled prompt gets the
/// same verdict screened with nothing learned, again with its own words learned, and after every other labelled prompt
/// filled the memo; and the memo itself keeps, replaces and tells apart words as its contract says.
/// </summary>
public sealed class PlainWordMemoTests
{
    private static readonly Lazy<LexiconSet> Lexicons = new(() => LexiconSet.Build(BuiltInLexicons.Load()));

    [Fact]
    public void Screen_EveryLabelledPrompt_SameVerdictColdWarmAndAfterOthers()
    {
        var lexicons = Lexicons.Value;
        var screener = new PromptScreener(lexicons, PolicyCatalog.LoadBuiltIn(), "mature");
        var prompts = LabelledPrompt.LoadAll();
        var cold = new string[prompts.Count];
        for (var k = 0; k < prompts.Count; k++)
        {
            // Nothing learned: every word takes the full path, as before the memo.
            lexicons.Prompt.PlainWords.Clear();
            lexicons.Negative.PlainWords.Clear();
            cold[k] = Describe(screener, prompts[k]);
            Assert.Equal(cold[k], Describe(screener, prompts[k]));
        }

        lexicons.Prompt.PlainWords.Clear();
        lexicons.Negative.PlainWords.Clear();
        for (var k = 0; k < prompts.Count; k++)
        {
            Describe(screener, prompts[k]);
        }

        // Each prompt again, with the words of all the others learned (and some of them replaced by collisions).
        Assert.True(lexicons.Prompt.PlainWords.Count > PlainWordMemo.SlotCount / 2, $"the memo kept only {lexicons.Prompt.PlainWords.Count} words");
        for (var k = prompts.Count - 1; k >= 0; k--)
        {
            Assert.True(cold[k] == Describe(screener, prompts[k]), $"{prompts[k].Id}: verdict changed once words were learned");
        }
    }

    [Fact]
    public void Find_AfterRemember_GivesTheWordBackOnlyWithTheSameRepeatsFlag()
    {
        var memo = new PlainWordMemo();
        var info = new TermInfo(null, 3, Number: 12);
        memo.Remember("lighthouse", repeats: false, found: true, in info, inert: true);

        var known = memo.Find("lighthouse", repeats: false);
        Assert.NotNull(known);
        Assert.True(known.Found);
        Assert.True(known.Inert);
        Assert.Equal(3, known.Info.MaxPhraseTokens);
        Assert.Equal(12, known.Info.Number);
        Assert.Null(memo.Find("lighthouse", repeats: true));
        Assert.Null(memo.Find("lighthous", repeats: false));
        Assert.Null(memo.Find("lighthouses", repeats: false));
    }

    [Fact]
    public void Remember_ManyWords_KeepsAtMostOnePerSlotAndNeverAnswersForAnotherWord()
    {
        var memo = new PlainWordMemo();
        var info = default(TermInfo);
        for (var k = 0; k < PlainWordMemo.SlotCount * 3; k++)
        {
            memo.Remember($"word{k}", repeats: false, found: false, in info, inert: true);
        }

        Assert.True(memo.Count <= PlainWordMemo.SlotCount);
        for (var k = 0; k < PlainWordMemo.SlotCount * 3; k++)
        {
            var word = $"word{k}";
            if (memo.Find(word, repeats: false) is { } known)
            {
                Assert.Equal(word, known.Word);
            }
        }
    }

    [Theory]
    [InlineData("lighthouse", (int)TokenFlags.Letter, true)]
    [InlineData("nuuude", (int)(TokenFlags.Letter | TokenFlags.Repeats), true)]
    [InlineData("girl", (int)(TokenFlags.Letter | TokenFlags.Joined), true)]
    [InlineData("l1ttle", (int)(TokenFlags.Letter | TokenFlags.Digit), false)]
    [InlineData("tаylor", (int)(TokenFlags.Letter | TokenFlags.NonLatin), false)]
    [InlineData("n@ked", (int)(TokenFlags.Letter | TokenFlags.LeetSymbol), false)]
    [InlineData("abcdefghijklmnopqrstuvwxyz", (int)TokenFlags.Letter, false)]
    public void IsPlain_OnlyLettersOfKeptLength(string word, int flags, bool plain)
    {
        var token = new Token { Length = word.Length, Flags = (TokenFlags)flags };
        Assert.Equal(plain, PlainWordMemo.IsPlain(in token));
    }

    private static string Describe(PromptScreener screener, LabelledPrompt p)
    {
        Assert.True(WireNames.TryParseMode(p.Mode ?? "txt2img", out var mode));
        var parts = new List<string>();
        foreach (var policy in new[] { "mature", "strict" })
        {
            var v = screener.Screen(p.Prompt, p.NegativePrompt, policy, mode);
            parts.Add($"{v.Decision}|{string.Join(";", v.Reasons.Select(r => $"{r.Code}:{r.Term}:{r.Span?.Start}:{r.Span?.Length}:{r.Field}"))}"
                + $"|{string.Join(",", v.Categories.Select(c => $"{c.Category}={c.Severity}"))}|{string.Join(",", v.NegativePromptAdditions)}");
        }

        return string.Join(" / ", parts);
    }
}
