using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Tests.Prompts;

namespace GenScreen.Core.Tests.Prompts.Normalization;

/// <summary>
/// Session 29 (i16-speed33), verdict-neutral speed work (docs/performance.md, "Session 29: speed33"). The tokenizer's run of
/// ASCII letters and digits is the loop the per-prompt work keeps coming back to (a by-reference version was tried this session
/// and not kept): whatever form it takes, every token it writes must carry its word's hash (<see cref="WordHash"/>, the memo's
/// key) and every character the place in the source it came from: an ASCII letter or digit there, lower-cased, is the buffer's
/// character, and the places of a token rise from its start to its end. Checked on runs at the prompt's start and end, runs
/// broken by other scripts and ligatures, and every labelled prompt. (The trigger finder's change is checked by
/// <see cref="Rules.Speed32Tests"/>: the finder against itself with the four-character bits all set.)
/// </summary>
public sealed class Speed33Tests
{
    [Theory]
    [InlineData("a")]
    [InlineData("nude")]
    [InlineData("x1y2z3 end")]
    [InlineData("(masterpiece:1.2), best_quality, 8k, NUUUDE girl")]
    [InlineData("T\u0430ylor Swift, aaa")] // a Cyrillic a inside an ASCII word: a run, a folded letter, a run
    [InlineData("\uFB01lthy words \u00FCber alles")] // a ligature and an accent before and inside runs
    [InlineData("\u5973\u5B50 girl12 \u5973")] // a script change ends the token but joins it to the next
    [InlineData("ends with a run")]
    public void Tokenize_AsciiRuns_KeepHashAndSourcePlaces_Examples(string prompt) => AssertRunsConsistent(prompt);

    [Fact]
    public void Tokenize_AsciiRuns_KeepHashAndSourcePlaces_LabelledPrompts()
    {
        var prompts = LabelledPrompt.LoadAll().Select(p => p.Prompt).ToArray();
        Assert.True(prompts.Length > 10_000, $"{prompts.Length} prompts");
        var text = new TokenizedText();
        foreach (var prompt in prompts)
        {
            AssertRunsConsistent(prompt, text);
        }
    }

    private static void AssertRunsConsistent(string prompt, TokenizedText? text = null)
    {
        text ??= new TokenizedText();
        PromptTokenizer.Tokenize(prompt, text);
        var source = text.Source; // the composed text the spans refer to
        for (var i = 0; i < text.SequenceCount; i++)
        {
            ref var token = ref text[i];
            var word = text.TextOf(in token);
            Assert.True(token.Hash == WordHash.Of(word), $"'{prompt}': hash of '{word}'");
            var previous = token.SourceStart;
            for (var k = 0; k < token.Length; k++)
            {
                var at = text.SourceIndexAt(token.Start + k);
                Assert.True(at >= previous && at < token.SourceEnd, $"'{prompt}': '{word}' character {k} from {at}");
                if (char.IsAsciiLetterOrDigit(source[at]))
                {
                    Assert.True(char.ToLowerInvariant(source[at]) == word[k], $"'{prompt}': '{word}' character {k} from '{source[at]}'");
                }

                previous = at;
            }
        }
    }
}
