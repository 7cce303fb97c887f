using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// The gates of session 12 (docs/performance.md, "Session 12") checked against the built-in lexicons: each may only turn
/// away what the lookup behind it would have missed, and each turns away most of what an ordinary prompt asks.
/// </summary>
public sealed class HotPathGateTests
{
    private static readonly Lazy<LexiconSet> Lexicons = new(() => LexiconSet.Build(BuiltInLexicons.Load()));

    /// <summary>Pairs of neighbouring words of the labelled prompts.</summary>
    private static readonly Lazy<(string First, string Second)[]> NeighbourPairs = new(() =>
        [.. LabelledPrompt.LoadAll()
            .Select(p => p.Prompt.ToLowerInvariant().Split([' ', ',', '(', ')', '[', ']', ':', '.', '<', '>', '_', '-'], StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(words => words.Zip(words.Skip(1)))
            .Distinct()]);

    [Fact]
    public void PhraseStart_EveryKeyOfTwoWordsOrMorePasses()
    {
        foreach (var index in new[] { Lexicons.Value.Prompt, Lexicons.Value.Negative })
        {
            var phrases = index.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).ToArray();
            Assert.True(phrases.Length > (index == Lexicons.Value.Prompt ? 1000 : 10), $"only {phrases.Length} phrases");
            foreach (var key in phrases)
            {
                var words = key.Split(' ');
                if (words[0].Length > 0 && words[1].Length > 0)
                {
                    Assert.True(index.MayStartPhrase(words[0], words[1]), key);
                }
            }
        }
    }

    [Fact]
    public void PhraseStart_TurnsAwayMostNeighbourPairsThatStartNoPhrase()
    {
        var index = Lexicons.Value.Prompt;
        var starts = index.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal))
            .Select(k => string.Join(' ', k.Split(' ').Take(2)))
            .ToHashSet(StringComparer.Ordinal);
        var others = NeighbourPairs.Value.Where(p => !starts.Contains(p.First + " " + p.Second)).ToArray();

        var passed = others.Count(p => index.MayStartPhrase(p.First, p.Second));

        Assert.True(others.Length > 5000, $"only {others.Length} pairs to try");
        Assert.True(passed < others.Length / 4, $"{passed} of {others.Length} pairs that start no phrase passed");
    }

    [Fact]
    public void CompoundShape_EveryYouthOrSexualKeyPasses()
    {
        var index = Lexicons.Value.Prompt;
        var checkedKeys = 0;
        foreach (var key in index.Keys)
        {
            var joined = key.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (joined.Length < 6 || !index.TryGet(key, out var info) || info.Entry is not { Signal: Signal.Minor or Signal.Sexual or Signal.SexualMinor })
            {
                continue;
            }

            // Split anywhere into a first and last part of three letters or more, as SplitWords joins them.
            Assert.True(index.MayBeCompound(joined.AsSpan(0, 3), joined.AsSpan(joined.Length - 3), joined.Length), key);
            Assert.True(index.MayStartCompound(joined), key);

            // SplitWords asks by the first word alone: every first part of three letters or more that leaves three for the rest.
            for (var first = 3; first <= joined.Length - 3; first++)
            {
                Assert.True(index.MayStartCompound(joined.AsSpan(0, first)), $"{key}: {joined[..first]}");
            }

            checkedKeys++;
        }

        Assert.True(checkedKeys > 1000, $"only {checkedKeys} keys");
    }

    [Fact]
    public void InitialsByRank_EachLowerCaseGroupHoldsOnlyItsInitials()
    {
        var names = Lexicons.Value.People.FuzzyNames;
        var groups = new HashSet<InitialsGroup>(ReferenceEqualityComparer.Instance);
        Span<char> first = stackalloc char[2];
        Span<char> second = stackalloc char[2];
        for (var a = 'a'; a <= 'z'; a++)
        {
            for (var b = 'a'; b <= 'z'; b++)
            {
                for (var c = 'a'; c <= 'z'; c++)
                {
                    for (var d = 'a'; d <= 'z'; d++)
                    {
                        (first[0], first[1], second[0], second[1]) = (a, b, c, d);
                        if (names.CandidatesByInitials(first, second) is not { } group)
                        {
                            continue;
                        }

                        Assert.True(groups.Add(group), $"{a}{b} {c}{d}: a group found twice");
                        Assert.All(group.Names, name => Assert.True(
                            name.Words[0].StartsWith(new string([a, b]), StringComparison.Ordinal) && name.Words[1].StartsWith(new string([c, d]), StringComparison.Ordinal),
                            $"{a}{b} {c}{d}: {string.Join(' ', name.Words)}"));
                    }
                }
            }
        }

        Assert.True(groups.Count > 1000, $"only {groups.Count} groups");
    }

    [Fact]
    public void InitialsGroup_MayAlignAnyIsFalseOnlyWhenNoCandidateMayAlign()
    {
        var random = new Random(12);
        for (var n = 0; n < 5_000; n++)
        {
            var group = new InitialsGroup([.. Enumerable.Range(0, 1 + random.Next(4)).Select(_ =>
                new FuzzyName([Word(random, 5 + random.Next(6)), Word(random, 5 + random.Next(6))], new LexiconEntry("x", Signal.RealPerson, 2, "test")))]);
            var first = Word(random, 2 + random.Next(12));
            var second = Word(random, 2 + random.Next(12));
            var (firstMask, secondMask) = (NameFuzzyIndex.LetterMask(first), NameFuzzyIndex.LetterMask(second));
            var anyAligns = Enumerable.Range(0, group.Names.Length).Any(k => group.MayAlign(k, first, firstMask, second, secondMask));

            Assert.True(group.MayAlignAny(first.Length, second.Length) || !anyAligns, $"{first} {second}");
        }
    }

    private static string Word(Random random, int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(4)))]);
}
