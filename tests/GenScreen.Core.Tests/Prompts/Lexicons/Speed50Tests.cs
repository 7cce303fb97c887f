using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Lexicons.Snapshot;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// Session 42 (i16-speed50): the parts a joined word splits into (<c>younggirl</c>, <c>nudeteen</c>) are found by their
/// lengths (a length mask per pair and one set probe per length) instead of by reading the pair's whole group. The parts
/// found, and their order, must be the group scan's (<see cref="TermIndex.JoinHeadsOf"/>, <see cref="TermIndex.JoinTailsOf"/>:
/// every part of the group the word starts or ends with that leaves it at least three letters, longest first), for the
/// index built in memory and for the one read from the term-index image; and the work must not grow with the group.
/// </summary>
public sealed class Speed50Tests : IDisposable
{
    private const int MinPart = 3;

    private static readonly Lazy<LexiconSet> Built = new(() => LexiconSet.Build(BuiltInLexicons.Load()));

    private readonly string _directory = Directory.CreateTempSubdirectory("genscreen-speed50-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void JoinParts_ByLength_AreTheGroupScansParts_InOrder_BuiltAndReadFromTheImage()
    {
        var sources = BuiltInLexicons.Load();
        var image = Path.Combine(_directory, "speed50.termindex");
        var built = LexiconSet.Build(sources, parallel: true, LexiconSnapshot.BuiltIn, stages: null, termIndexImage: null, writeTermIndexImage: image);
        var read = LexiconSet.Build(sources, parallel: true, LexiconSnapshot.BuiltIn, stages: null, termIndexImage: image, writeTermIndexImage: null);
        Assert.True(read.Prompt.FromImage, read.TermIndexImageNotice);

        var words = Words(built.Prompt);
        Assert.True(words.Count > 50_000, $"only {words.Count} words");
        var (heads, tails) = (0, 0);
        foreach (var index in new[] { built.Prompt, read.Prompt, built.Negative, read.Negative })
        {
            foreach (var word in words)
            {
                var want = ScanHeads(index, word);
                Assert.Equal(want, Found(index.JoinHeadsStarting(word, word.Length - MinPart)));
                heads += want.Count;
                want = ScanTails(index, word);
                Assert.Equal(want, Found(index.JoinTailsEnding(word, word.Length - MinPart)));
                tails += want.Count;
            }
        }

        // The words are built to split: many heads and tails found, so an empty answer cannot pass for a right one.
        Assert.True(heads > 10_000 && tails > 5_000, $"{heads} heads, {tails} tails found");
    }

    [Fact]
    public void JoinParts_ByLength_EdgeLengths_AreTheGroupScansParts()
    {
        // A part as long as the limit and one letter longer; words of two letters; letters that are no pair (digits, upper
        // case, accents); a limit of zero.
        var index = Built.Value.Prompt;
        foreach (var head in AllParts(index, tails: false).Take(3_000))
        {
            foreach (var word in new[] { head, head + "x", head + "xyz", head + "xyzw", head[..2], head.ToUpperInvariant() + "girl", "é" + head })
            {
                for (var max = 0; max <= word.Length + 1; max++)
                {
                    Assert.Equal(
                        ScanHeads(index, word, max),
                        Found(index.JoinHeadsStarting(word, max)));
                }
            }
        }

        foreach (var tail in AllParts(index, tails: true).Take(3_000))
        {
            foreach (var word in new[] { tail, "x" + tail, "abc" + tail, "sexy" + tail, tail[^2..], "9" + tail + "é" })
            {
                for (var max = 0; max <= word.Length + 1; max++)
                {
                    Assert.Equal(ScanTails(index, word, max), Found(index.JoinTailsEnding(word, max)));
                }
            }
        }
    }

    [Fact]
    public void JoinParts_ByLength_CostOneStepPerLengthOfTheGroup_NotOnePerPart()
    {
        // The largest group of heads: a first-seen word that starts with its pair used to be compared with every part in it
        // (the cost that took the term matcher's first-seen benign prompt to 70,737 steps, session 41).
        Assert.True(WorkCounter.IsCompiled);
        var index = Built.Value.Prompt;
        var largest = AllParts(index, tails: false).GroupBy(p => p[..2]).MaxBy(g => g.Count())!;
        Assert.True(largest.Count() > 64, $"the largest group holds {largest.Count()} heads");
        var word = largest.Key + "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"; // 43 letters that no head continues
        WorkCounter.Reset();
        Assert.Empty(Found(index.JoinHeadsStarting(word, word.Length - MinPart)));
        Assert.True(WorkCounter.Steps <= 64, $"{WorkCounter.Steps} steps for a group of {largest.Count()} heads");
        Assert.Empty(ScanHeads(index, word));
    }

    private static List<string> Found(JoinedWordParts.PartMatches matches)
    {
        var found = new List<string>();
        foreach (var part in matches)
        {
            found.Add(part);
        }

        return found;
    }

    /// <summary>What the matcher read before session 42: the pair's group, longest first, each part the word starts with.</summary>
    private static List<string> ScanHeads(TermIndex index, string word, int? max = null)
    {
        var found = new List<string>();
        if (word.Length < 2)
        {
            return found;
        }

        foreach (var head in index.JoinHeadsOf(word))
        {
            if (head.Length <= (max ?? word.Length - MinPart) && word.StartsWith(head, StringComparison.Ordinal))
            {
                found.Add(head);
            }
        }

        return found;
    }

    private static List<string> ScanTails(TermIndex index, string word, int? max = null)
    {
        var found = new List<string>();
        if (word.Length < 2)
        {
            return found;
        }

        foreach (var tail in index.JoinTailsOf(word))
        {
            if (tail.Length <= (max ?? word.Length - MinPart) && word.EndsWith(tail, StringComparison.Ordinal))
            {
                found.Add(tail);
            }
        }

        return found;
    }

    private static IEnumerable<string> AllParts(TermIndex index, bool tails)
    {
        for (var a = 'a'; a <= 'z'; a++)
        {
            for (var b = 'a'; b <= 'z'; b++)
            {
                var pair = $"{a}{b}";
                foreach (var part in (tails ? index.JoinTailsOf(pair) : index.JoinHeadsOf(pair)).ToArray())
                {
                    yield return part;
                }
            }
        }
    }

    /// <summary>
    /// Every lower-case ASCII word of the labelled prompts (6-47 letters, what the matcher tries to split), and words made to
    /// split: each head before a tail, a youth word, a made-up rest; each tail after a made-up start and a sexual word.
    /// </summary>
    private static HashSet<string> Words(TermIndex index)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var prompt in LabelledPrompt.LoadAll())
        {
            var start = -1;
            var text = prompt.Prompt.ToLowerInvariant();
            for (var k = 0; k <= text.Length; k++)
            {
                var letter = k < text.Length && char.IsAsciiLetterLower(text[k]);
                if (letter && start < 0)
                {
                    start = k;
                }
                else if (!letter && start >= 0)
                {
                    if (k - start is >= 6 and < 48)
                    {
                        words.Add(text[start..k]);
                    }

                    start = -1;
                }
            }
        }

        var heads = AllParts(index, tails: false).ToArray();
        var tails = AllParts(index, tails: true).ToArray();
        var random = new Random(50);
        foreach (var head in heads)
        {
            words.Add(head + "girl");
            words.Add(head + "abc");
            words.Add(head + tails[random.Next(tails.Length)]);
            words.Add(head + heads[random.Next(heads.Length)]);
        }

        foreach (var tail in tails)
        {
            words.Add("xyz" + tail);
            words.Add(heads[random.Next(heads.Length)] + tail);
        }

        return words;
    }
}

/// <summary>
/// Session 42 (i16-speed50): the intimate-frame cues read at a place are those of the bucket of its letter whose second letter
/// is the next character lower-cased (or that have one letter), in the bucket's order — every cue of the bucket that can match
/// there, and no other — on every labelled prompt and on prompts with every cue put in, as written, upper-cased and glued.
/// </summary>
public sealed class Speed50IntimateFrameTests
{
    [Fact]
    public void CuesByPair_AtEveryPlace_AreTheBucketsCuesThatCanMatch_InOrder()
    {
        var table = GenScreen.Core.Prompts.Rules.IntimateFrames.Table;
        var cues = table.Values.SelectMany(b => b).Select(c => c.Text).ToArray();
        Assert.True(cues.Length > 1_000, $"only {cues.Length} cues");
        var random = new Random(50);
        var prompts = LabelledPrompt.LoadAll().Select(p => p.Prompt).Distinct().ToList();
        var count = prompts.Count;
        foreach (var cue in cues)
        {
            var other = prompts[random.Next(count)];
            prompts.Add($"{other[..(other.Length / 2)]} {cue} {other[(other.Length / 2)..]}");
            prompts.Add(cue.ToUpperInvariant() + "x" + cue);
            prompts.Add(cue);
        }

        var (places, matched) = (0L, 0L);
        foreach (var prompt in prompts)
        {
            for (var i = 0; i < prompt.Length; i++)
            {
                var c = char.ToLowerInvariant(prompt[i]);
                if (!table.TryGetValue(c, out var bucket))
                {
                    continue;
                }

                var want = bucket.Where(q => q.Text.Length == 1 || (i + 1 < prompt.Length && char.ToLowerInvariant(prompt[i + 1]) == q.Text[1])).ToArray();
                var got = GenScreen.Core.Prompts.Rules.IntimateFrames.CandidatesAt(prompt, i, c);
                Assert.Equal(want, got);
                foreach (var q in bucket)
                {
                    if (i + q.Text.Length <= prompt.Length && Enumerable.Range(0, q.Text.Length).All(k => char.ToLowerInvariant(prompt[i + k]) == q.Text[k]))
                    {
                        Assert.Contains(q, got);
                        matched++;
                    }
                }

                places++;
            }
        }

        Assert.True(places > 1_000_000 && matched > 3_000, $"{places} places, {matched} cues matched");
    }
}
