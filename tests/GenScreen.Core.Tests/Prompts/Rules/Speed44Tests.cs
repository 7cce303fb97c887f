using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 36 (i16-speed44): the searches that replaced a loop answer as the loop did — <see cref="LateTriggers"/>' one
/// search of all its words against one <c>IndexOf</c> per word, and <c>GreekArticleNames.Folded</c> (on the stack) against
/// its allocating <c>Fold</c>.
/// </summary>
public sealed class Speed44Tests
{
    private static readonly Lazy<string[]> Prompts = new(() => [.. LabelledPrompt.LoadAll().Select(p => p.Prompt).Distinct()]);

    /// <summary>The search before session 36: each word's first whole-word place by <c>IndexOf</c>, the smallest of them.</summary>
    private static int OneSearchPerWord(string source, int from, string[] words)
    {
        var first = -1;
        foreach (var trigger in words)
        {
            for (var at = source.IndexOf(trigger, from, StringComparison.OrdinalIgnoreCase); at >= 0 && (first < 0 || at < first);
                 at = at + 1 >= source.Length ? -1 : source.IndexOf(trigger, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var after = at + trigger.Length;
                if (!((at > 0 && char.IsLetterOrDigit(source[at - 1])) || (after < source.Length && char.IsLetterOrDigit(source[after]))))
                {
                    first = at;
                    break;
                }
            }
        }

        return first;
    }

    [Fact]
    public void LateTriggers_EveryLabelledPrompt_SamePlacesAsOneSearchPerWord()
    {
        var words = SexualStatements.Table.ShortAsciiTriggers;
        Assert.NotEmpty(words);
        var found = 0;
        foreach (var prompt in Prompts.Value)
        {
            // From the start, and from every place the search stops at (as the clause loop asks), and from a few places between.
            for (var from = 0; from < prompt.Length; from = from < 64 ? from + 1 : from + 13)
            {
                var expected = OneSearchPerWord(prompt, from, words);
                Assert.True(expected == SexualStatements.ShortTriggers.Find(prompt, from), $"'{prompt}' from {from}");
                found += from == 0 && expected >= 0 ? 1 : 0;
            }
        }

        Assert.True(found > 10, $"only {found} prompts hold a short trigger: the comparison would prove little");
    }

    [Fact]
    public void LateTriggers_EachWordInEveryCaseAndNeighbour_SamePlacesAsOneSearchPerWord()
    {
        var words = SexualStatements.Table.ShortAsciiTriggers;
        // Neighbours that are letters or digits in other scripts, and the letters whose case folding meets ASCII (ı, ſ, K, İ).
        string[] neighbours = ["", " ", ",", "a", "9", "я", "ı", "ſ", "\u212A", "İ", "漢", "٣", "_", "\u200D", "é"];
        var texts = new List<string>();
        foreach (var word in words)
        {
            foreach (var form in new[] { word, word.ToUpperInvariant(), word.Replace('i', 'ı').Replace('s', 'ſ').Replace('k', '\u212A').Replace('I', 'İ') })
            {
                foreach (var before in neighbours)
                {
                    foreach (var after in neighbours)
                    {
                        texts.Add(before + form + after);
                        texts.Add("γυμνή " + before + form + after + " και " + form + ", " + word);
                    }
                }
            }
        }

        foreach (var text in texts)
        {
            for (var from = 0; from <= text.Length; from++)
            {
                Assert.True(OneSearchPerWord(text, from, words) == SexualStatements.ShortTriggers.Find(text, from), $"'{text}' from {from}");
            }
        }
    }

    [Fact]
    public void GreekFold_OnTheStack_SameAsTheAllocatingFold()
    {
        var words = new List<string>();
        // Every character of the Greek and Coptic and the Greek Extended blocks, alone, after a capital and before a final sigma.
        for (var c = '\u0370'; c <= '\u03FF'; c++)
        {
            words.AddRange([c.ToString(), "Ν" + c + "ς", "Ά" + c + "α"]);
        }

        for (var c = '\u1F00'; c <= '\u1FFF'; c++)
        {
            words.AddRange([c.ToString(), "Μ" + c + "ς"]);
        }

        // Combining marks written apart, Latin and Cyrillic look-alikes, a long word.
        words.AddRange(["Ελένη", "ΕΛΈΝΗ", "Ελε\u0301νη", "Pάνια", "Рания", "Ράνια", "ΐΰϊϋ", new string('Α', 47), new string('Α', 48), new string('Α', 49), ""]);
        foreach (var prompt in Prompts.Value)
        {
            foreach (var word in prompt.Split(' ', ',', '.', '(', ')', ':', '!', '?', '"', '\''))
            {
                if (word.Any(ch => ch is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF'))
                {
                    words.Add(word);
                }
            }
        }

        Assert.True(words.Count > 1000, $"{words.Count} words");
        Span<char> buffer = stackalloc char[48];
        var onStack = 0;
        foreach (var word in words)
        {
            var folded = GreekArticleNames.Folded(word, buffer);
            Assert.True(folded.SequenceEqual(GreekArticleNames.Fold(word)), $"'{word}': '{folded}' against '{GreekArticleNames.Fold(word)}'");
            onStack += word.Length > 0 && folded.Overlaps((ReadOnlySpan<char>)buffer) ? 1 : 0;
        }

        // Most Greek words of the labelled prompts are folded on the stack (the fallback is for polytonic and mixed words).
        Assert.True(onStack > words.Count / 2, $"{onStack} of {words.Count} on the stack");
    }
}
