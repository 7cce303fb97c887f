using System.Text;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 30 (i16-speed36), verdict-neutral speed work (docs/performance.md, "Session 30: speed36"). Three prechecks on the
/// benign path each skip work whose answer is already known, so each rests on a fact checked here on examples and on every
/// labelled prompt, in the state the detectors see (tokenized, then matched):
/// <list type="bullet">
/// <item>an ASCII prompt (<see cref="TokenizedText.IsAscii"/>) has no Cjk token, no token with a Greek, Cyrillic or other
/// non-Latin letter and an ASCII buffer, so <see cref="PersonDetector"/>'s Hangul tagging and per-word script tests find
/// nothing there;</item>
/// <item>where <see cref="WorldNameShapes.MayStartAt"/> is false, <see cref="WorldNameShapes.TryAt"/> returns false and adds
/// no signal;</item>
/// <item><see cref="BareAges.TurkishTens"/> finds nothing at a word that is not two letters long.</item>
/// </list>
/// </summary>
public sealed class Speed36Tests
{
    private static readonly Lazy<LexiconSet> Lexicons = new(() => LexiconSet.Build(BuiltInLexicons.Load()));

    [Theory]
    [InlineData("(masterpiece:1.2), best quality, BREAK a lone lighthouse", true)]
    [InlineData("Nguyen Thi Lan, Le Mans Race, Kim Seo-yeon", true)]
    [InlineData("on iki yas, on yaşında", false)] // ş is not ASCII
    [InlineData("T\u0430ylor Swift", false)] // a Cyrillic a
    [InlineData("\uC720\uD29C\uBC84 \uC3D8\uC591", false)] // Hangul
    [InlineData("\u5973\u5B50 girl12", false)]
    [InlineData("", true)]
    public void IsAscii_IsTheSourcesAsciiness_AndHoldsNoOtherScript(string prompt, bool ascii)
    {
        var text = Matched(prompt);
        Assert.Equal(ascii, text.IsAscii);
        AssertAsciiFacts(prompt, text);
    }

    [Theory]
    [InlineData("Nguyen Thi Lan naked")]
    [InlineData("nguyen thi lan naked, Le Thi Hoa, le mans race")]
    [InlineData("Kim Seo-yeon, kim seo-yeon, BREAK wide angle, a")]
    [InlineData("photo of Ayşe Yılmaz and Mehmet Öztürk")]
    [InlineData("x")]
    public void WorldNameShapes_NoStartWhereMayStartAtIsFalse_Examples(string prompt) => AssertWorldNameGate(prompt, Matched(prompt));

    [Theory]
    [InlineData("on yaş", 0)]
    [InlineData("kız on iki yaşında", 1)]
    public void TurkishTens_StillReadAtTwoLetterWords(string prompt, int at)
    {
        var text = Matched(prompt);
        Assert.Equal(2, text[at].Length);
        Assert.True(BareAges.TurkishTens(text, at, Lexicons.Value, out _) > 0, prompt);
    }

    [Fact]
    public void Prechecks_HoldOnEveryLabelledPrompt()
    {
        var prompts = LabelledPrompt.LoadAll().Select(p => p.Prompt).ToArray();
        Assert.True(prompts.Length > 10_000, $"{prompts.Length} prompts");
        var text = new TokenizedText();
        var ascii = 0;
        foreach (var prompt in prompts)
        {
            Matched(prompt, text);
            ascii += text.IsAscii ? 1 : 0;
            AssertAsciiFacts(prompt, text);
            AssertWorldNameGate(prompt, text);
            for (var i = 0; i < text.SequenceCount; i++)
            {
                if (text[i].Length != 2)
                {
                    Assert.True(BareAges.TurkishTens(text, i, Lexicons.Value, out _) < 0, $"'{prompt}': token {i}");
                }
            }
        }

        Assert.True(ascii > prompts.Length / 4 && ascii < prompts.Length, $"{ascii} of {prompts.Length} prompts ASCII");
    }

    private static TokenizedText Matched(string prompt, TokenizedText? text = null)
    {
        text ??= new TokenizedText();
        PromptTokenizer.Tokenize(prompt, text);
        TermMatcher.Match(text, Lexicons.Value.Prompt, new SignalSummary(), PromptField.Prompt);
        return text;
    }

    private static void AssertAsciiFacts(string prompt, TokenizedText text)
    {
        Assert.Equal(Ascii.IsValid(prompt), text.IsAscii);
        if (!text.IsAscii)
        {
            return;
        }

        Assert.True(Ascii.IsValid(text.Buffer), $"'{prompt}': buffer '{text.Buffer}'");
        for (var i = 0; i < text.Count; i++)
        {
            Assert.False(text[i].Has(TokenFlags.Cjk) || text[i].Has(TokenFlags.NonLatin), $"'{prompt}': token {i}");
        }
    }

    private static void AssertWorldNameGate(string prompt, TokenizedText text)
    {
        for (var i = 0; i < text.SequenceCount; i++)
        {
            if (WorldNameShapes.MayStartAt(text, in text[i]))
            {
                continue;
            }

            var signals = new SignalSummary();
            Assert.False(WorldNameShapes.TryAt(text, i, Lexicons.Value.People, signals), $"'{prompt}': token {i}");
            Assert.False(signals.Has(Signal.RealPersonLikely) || signals.Has(Signal.RealPerson) || signals.Has(Signal.RealPersonHint), $"'{prompt}': token {i}");
        }
    }
}
