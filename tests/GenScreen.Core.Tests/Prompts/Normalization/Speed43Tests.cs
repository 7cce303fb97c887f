using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Tests.Prompts;

namespace GenScreen.Core.Tests.Prompts.Normalization;

/// <summary>
/// Session 35 (i16-speedprompt43), verdict-neutral speed work (docs/performance.md, "Session 35: speedprompt43"). The
/// tokenizer's ASCII run now ends a word and starts the next itself where spaces and commas and then a letter or digit follow,
/// instead of returning to the main loop for each separator. Checked against a reference tokenizer written here from the documented rules,
/// for texts of ASCII letters, digits, spaces, joiners (<c>_ - .</c>) and a separator (<c>,</c>): every token's text, places
/// in the source and the buffer, flags (digit, letter, repeated letter, joined) and hash, and the source place of each space
/// between tokens. On random texts and on every labelled prompt with its other characters turned into commas.
/// </summary>
public sealed class Speed43Tests
{
    [Theory]
    [InlineData("a")]
    [InlineData("a b")]
    [InlineData("a  b")]
    [InlineData(" a b ")]
    [InlineData("best quality, 8k, ultra detailed")]
    [InlineData("school_girl tay-lor nu.de N U D E")]
    [InlineData("aa bb 1 2 x1y2z3 Zz")]
    [InlineData("word ,word, word-  word")]
    public void Tokenize_SimpleAsciiText_EqualsReference_Examples(string prompt) => AssertEqualsReference(prompt, new TokenizedText());

    [Fact]
    public void Tokenize_SimpleAsciiText_EqualsReference_RandomTexts()
    {
        const string alphabet = "aabbeeoozZQ19    _-.,";
        var random = new Random(43);
        var text = new TokenizedText();
        for (var round = 0; round < 20_000; round++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            AssertEqualsReference(new string(chars), text);
        }
    }

    [Fact]
    public void Tokenize_SimpleAsciiText_EqualsReference_LabelledPrompts()
    {
        var prompts = LabelledPrompt.LoadAll().Select(p => p.Prompt).ToArray();
        Assert.True(prompts.Length > 10_000, $"{prompts.Length} prompts");
        var text = new TokenizedText();
        foreach (var prompt in prompts)
        {
            var simple = string.Create(prompt.Length, prompt, static (into, from) =>
            {
                for (var k = 0; k < from.Length; k++)
                {
                    into[k] = char.IsAsciiLetterOrDigit(from[k]) || from[k] is ' ' or '_' or '-' or '.' ? from[k] : ',';
                }
            });
            AssertEqualsReference(simple, text);
        }
    }

    private static void AssertEqualsReference(string prompt, TokenizedText text)
    {
        PromptTokenizer.Tokenize(prompt, text);
        var expected = Reference(prompt);
        Assert.True(text.SequenceCount == expected.Count, $"'{prompt}': {text.SequenceCount} tokens, expected {expected.Count}");
        var bufferAt = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            var (start, end, flags) = expected[i];
            ref var token = ref text[i];
            var word = prompt[start..end].ToLowerInvariant();
            if (i > 0)
            {
                Assert.True(text.Buffer[bufferAt] == ' ' && text.SourceIndexAt(bufferAt) == start, $"'{prompt}': the space before token {i}");
                bufferAt++;
            }

            Assert.True(token.Start == bufferAt && token.Length == word.Length, $"'{prompt}': token {i} at {token.Start}+{token.Length}");
            Assert.Equal(word, text.TextOf(in token).ToString());
            Assert.True(token.SourceStart == start && token.SourceEnd == end, $"'{prompt}': token {i} from {token.SourceStart} to {token.SourceEnd}");
            Assert.True(token.Flags == flags, $"'{prompt}': token {i} '{word}' flags {token.Flags}, expected {flags}");
            Assert.True(token.Hash == WordHash.Of(word), $"'{prompt}': token {i} hash");
            for (var k = 0; k < word.Length; k++)
            {
                Assert.True(text.SourceIndexAt(bufferAt + k) == start + k, $"'{prompt}': token {i} character {k}");
            }

            bufferAt += word.Length;
        }
    }

    /// <summary>
    /// The documented rules for these texts: a token is a run of ASCII letters and digits; it is joined when exactly one joiner
    /// (<c>_ - .</c>) and nothing else stands between it and the token before; a letter written twice in a row repeats.
    /// </summary>
    private static List<(int Start, int End, TokenFlags Flags)> Reference(string prompt)
    {
        var tokens = new List<(int, int, TokenFlags)>();
        var previousEnd = -1;
        for (var i = 0; i < prompt.Length;)
        {
            if (!char.IsAsciiLetterOrDigit(prompt[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var flags = TokenFlags.None;
            for (; i < prompt.Length && char.IsAsciiLetterOrDigit(prompt[i]); i++)
            {
                var c = char.ToLowerInvariant(prompt[i]);
                flags |= char.IsAsciiDigit(c) ? TokenFlags.Digit : TokenFlags.Letter;
                if (char.IsAsciiLetter(c) && i > start && char.ToLowerInvariant(prompt[i - 1]) == c)
                {
                    flags |= TokenFlags.Repeats;
                }
            }

            if (previousEnd >= 0 && start - previousEnd == 1 && prompt[previousEnd] is '_' or '-' or '.')
            {
                flags |= TokenFlags.Joined;
            }

            tokens.Add((start, i, flags));
            previousEnd = i;
        }

        return tokens;
    }
}
