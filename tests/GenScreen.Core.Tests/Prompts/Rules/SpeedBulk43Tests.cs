using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 35 (i16-speedbulk43): the look-ups that replaced a loop over every entry answer as the loop did:
/// <see cref="InstitutionNames"/>' stems by length, <see cref="PhotoSubject"/>'s first-word filter before the span look-ups.
/// </summary>
public sealed class SpeedBulk43Tests
{
    private static readonly Lazy<string[]> Prompts = new(() => [.. LabelledPrompt.LoadAll().Select(p => p.Prompt).Distinct()]);

    [Fact]
    public void InstitutionStems_ByLength_AnswerAsTheLoopOverEveryStem()
    {
        var stems = InstitutionNames.StemsForTests;
        var words = InstitutionNames.WordsForTests;
        Assert.True(stems.Count > 100);
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            // The stem itself, longer words, a shorter one, and one with its last letter changed.
            candidates.UnionWith([stem, stem + "a", stem + "ого", stem[..^1], stem[..^1] + "x"]);
        }

        candidates.UnionWith(words);
        foreach (var prompt in Prompts.Value)
        {
            foreach (var word in InvariantLower.Of(prompt).Split(' ', ',', '.', '(', ')', ':', '!', '?', '"', '\''))
            {
                if (word.Length is > 0 and <= 64)
                {
                    candidates.Add(word);
                }
            }
        }

        var found = 0;
        foreach (var word in candidates)
        {
            var expected = words.Contains(word) || stems.Any(s => word.StartsWith(s, StringComparison.Ordinal));
            Assert.True(expected == InstitutionNames.IsNounForTests(word), word);
            found += expected ? 1 : 0;
        }

        Assert.True(found > stems.Count);
    }

    [Fact]
    public void PhotoCueFirstWords_AnswerAsEverySpanLookedUp()
    {
        var table = PhotoSubject.Shipped;
        var texts = Prompts.Value.Select(InvariantLower.Of).ToList();
        // Every shipped cue inside a sentence, so each multi-word cue is met at its own first word.
        List<string> cues;
        using (var reader = RuleDataFile.Open("photo-subject-cues.tsv"))
        {
            cues = [.. RuleDataFile.Rows(reader).Select(l => l.Split('\t')).Where(c => c.Length == 3).Select(c => c[2])];
        }

        Assert.True(cues.Count > 100);
        texts.Add(string.Join(" ", cues));
        texts.Add(string.Join(", ", cues));
        var matched = 0;
        foreach (var lower in texts)
        {
            var w = PhotoSubject.Words.Of(lower);
            for (var i = 0; i < w.Count; i++)
            {
                foreach (var kind in Enum.GetValues<PhotoSubject.Kind>())
                {
                    var (filtered, everySpan) = table.WholeWordsForTests(kind, lower, w, i);
                    Assert.Equal(everySpan, filtered);
                    matched += everySpan.Mask != 0 ? 1 : 0;
                }
            }
        }

        Assert.True(matched > cues.Count / 2);
    }

    [Fact]
    public void CasedTriggerAnchors_HoldEveryCharacterThatMatchesOneIgnoringCase()
    {
        foreach (var split in new[] { ChildStatements.Table.Triggers, SexualStatements.Table.Triggers })
        {
            var cased = split.All.Where(t => !System.Text.Ascii.IsValid(t) && !t.All(ScriptSplitTriggers.IsUncased)).ToArray();
            Assert.NotEmpty(cased);
            var matches = ScriptSplitTriggers.AnchorMatches(cased).ToHashSet();
            foreach (var anchor in cased.Select(t => t.First(c => !char.IsAscii(c))).Distinct())
            {
                for (var c = 0; c <= char.MaxValue; c++)
                {
                    var ch = (char)c;
                    if (MemoryExtensions.Equals([ch], [anchor], StringComparison.OrdinalIgnoreCase))
                    {
                        Assert.True(matches.Contains(ch), $"U+{c:X4} matches the anchor '{anchor}'");
                    }
                }
            }
        }
    }

    [Fact]
    public void ScriptSplitTriggers_UncasedPromptsWithCasedTriggers_AsOneSearch()
    {
        // Prompts of the uncased scripts (the ones the anchor test lets skip the cased set), with cased triggers, their upper
        // case and the characters that fold to ASCII letters put in: the same leftmost match as one search of every trigger.
        var random = new Random(43);
        var uncased = Prompts.Value.Where(p => p.Any(ScriptSplitTriggers.IsUncased)).Take(3_000).ToArray();
        foreach (var split in new[] { ChildStatements.Table.Triggers, SexualStatements.Table.Triggers })
        {
            var one = System.Buffers.SearchValues.Create(split.All, StringComparison.OrdinalIgnoreCase);
            var cased = split.All.Where(t => !System.Text.Ascii.IsValid(t) && !t.All(ScriptSplitTriggers.IsUncased)).ToArray();
            foreach (var prompt in uncased)
            {
                Assert.Equal(prompt.AsSpan().IndexOfAny(one), split.IndexOfAny(prompt));
                var at = random.Next(prompt.Length + 1);
                var trigger = cased[random.Next(cased.Length)];
                var text = prompt[..at] + (random.Next(2) == 0 ? trigger : trigger.ToUpperInvariant()) + "ſıK"[random.Next(3)] + prompt[at..];
                Assert.Equal(text.AsSpan().IndexOfAny(one), split.IndexOfAny(text));
            }
        }
    }

    [Theory]
    [InlineData("photo", "photo", 1)]
    [InlineData("this photo of", "this", 3)]
    [InlineData("l'image", "l", 2)]
    [InlineData("naka-attach", "naka", 2)]
    [InlineData("'quoted", "", 1)]
    [InlineData("same  face ", "same", 2)]
    public void FirstWordAndRuns_ReadsTheCueAsWordsDoes(string cue, string first, int runs) =>
        Assert.Equal((first, runs), PhotoSubject.Table.FirstWordAndRuns(cue));
}
