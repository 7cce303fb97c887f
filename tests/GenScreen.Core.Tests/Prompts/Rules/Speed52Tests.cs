using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Rules;
using Xunit.Abstractions;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 44 (i16-speed52): <see cref="IntimateFrames"/> steps over the ASCII places that can add nothing (no clause ending, no
/// cue starting there, or inside a word no in-word cue starting there) in one tight loop. Every place it steps over, in every
/// labelled prompt and in prompts with every cue put in (as written, upper-cased, glued to a word, beside digits and marks),
/// must be a place where the per-place reading finds no clause ending and no cue; and on the benchmark's benign prompt the
/// reader must read only a minority of its places (docs/performance.md, session 44).
/// </summary>
public sealed class Speed52Tests(ITestOutputHelper output)
{
    private const string Benign = BenignPrompt.Text;

    [Fact]
    public void FrameReader_SkipsOnlyPlacesWhereThePlaceReadingFindsNothing()
    {
        var (rows, atWordStart, inWord) = IntimateFrames.BuildTries(IntimateFrames.Table);
        var skip = IntimateFrames.SkipTable(atWordStart, inWord);
        var random = new Random(52);
        var prompts = LabelledPrompt.LoadAll().Select(p => p.Prompt).Distinct().ToList();
        var count = prompts.Count;
        foreach (var cue in rows.Select(r => r.Text).Distinct())
        {
            var other = prompts[random.Next(count)];
            prompts.Add($"{other[..(other.Length / 2)]} {cue} {other[(other.Length / 2)..]}");
            prompts.Add(cue.ToUpperInvariant() + "x" + cue);
            prompts.Add("zz" + cue + "9" + cue + "-" + cue);
            prompts.Add("7" + cue + "é" + cue + "_" + cue);
            prompts.Add(cue);
        }

        Span<int> found = stackalloc int[64];
        var (places, skipped) = (0L, 0L);
        foreach (var prompt in prompts)
        {
            var read = new bool[prompt.Length];
            for (var i = 0; i < prompt.Length; i = IntimateFrames.NextPlace(prompt, i, skip))
            {
                read[i] = true;
            }

            for (var i = 0; i < prompt.Length; i++)
            {
                places++;
                if (read[i])
                {
                    continue;
                }

                skipped++;
                var c = char.ToLowerInvariant(prompt[i]);
                Assert.True(prompt[i] < 128, $"non-ASCII place {i} of '{prompt}' skipped");
                Assert.False(ClausePunctuation.EndsClause(c), $"clause end at {i} of '{prompt}' skipped");
                if (!atWordStart.Starts(c))
                {
                    continue;
                }

                var wordStart = !(ClausePunctuation.IsCasedLetter(c) && i > 0 && char.IsLetterOrDigit(prompt[i - 1]));
                Assert.Equal(0, (wordStart ? atWordStart : inWord).Match(prompt, i, found));
            }
        }

        output.WriteLine($"{prompts.Count} prompts, {places} places, {skipped} stepped over");
        Assert.True(places > 1_000_000 && skipped > places / 4, $"{skipped} of {places} places stepped over");
    }

    [Fact]
    public void PersonActsTrie_AtEveryWordStart_FindsTheBucketsMatchingCues_InOrder()
    {
        // PersonActs compared every cue of the place's bucket with the lower-cased prompt (string.CompareOrdinal); the trie walk
        // over the same lowered text must find exactly those cues, in the bucket's order, at every place a cue may start.
        var table = PersonActs.Table;
        var (rows, trie) = PersonActs.BuildTrie(table);
        Assert.Equal(table.Values.Sum(b => b.Length), trie.Count);
        var random = new Random(5252);
        var prompts = LabelledPrompt.LoadAll().Select(p => p.Prompt).Distinct().ToList();
        var count = prompts.Count;
        foreach (var cue in rows.Select(r => r.Text).Distinct())
        {
            var other = prompts[random.Next(count)];
            prompts.Add($"{other[..(other.Length / 2)]} {cue} {other[(other.Length / 2)..]}");
            prompts.Add(cue.ToUpperInvariant() + " " + cue + cue);
            prompts.Add(cue);
        }

        Span<int> found = stackalloc int[64];
        var (places, matched) = (0L, 0L);
        foreach (var prompt in prompts)
        {
            var lower = GenScreen.Core.Prompts.Normalization.InvariantLower.Of(prompt);
            for (var i = 0; i < lower.Length; i++)
            {
                var c = lower[i];
                Assert.Equal(table.ContainsKey(c), trie.Starts(c));
                if (!table.TryGetValue(c, out var bucket))
                {
                    continue;
                }

                var want = bucket.Where(q => i + q.Text.Length <= lower.Length && string.CompareOrdinal(lower, i, q.Text, 0, q.Text.Length) == 0).ToArray();
                var n = trie.Match(lower, i, found, lowered: true);
                Assert.True(n >= 0, $"more than 64 cues at {i} of '{prompt}'");
                Assert.Equal(want, found[..n].ToArray().Select(k => rows[k]).ToArray());
                places++;
                matched += n;
            }
        }

        output.WriteLine($"{prompts.Count} prompts, {places} places, {matched} cues matched");
        Assert.True(places > 500_000 && matched > 10_000, $"{places} places, {matched} cues matched");
    }

    [Fact]
    public void PersonActs_ReadsTheirCuesByTrie_AFewStepsAPlace()
    {
        // An act said by word classes (read as beside a name): read as before (level), and counted one step a place plus one a trie step,
        // where comparing each cue of a place's bucket counted hundreds at the word starts of common letters.
        const string prompt = "portrait on a sofa, slowly slipping off the towel, everything visible, soft window light, 35mm photo, film grain";
        PersonActs.Read(prompt);
        WorkCounter.Reset();
        var act = PersonActs.Read(prompt);
        var steps = WorkCounter.Steps;
        output.WriteLine($"person acts: level {act.Level}, {steps} steps, {prompt.Length} characters");
        Assert.True(act.Level >= 2, $"level {act.Level}");
        Assert.True(steps <= 3 * prompt.Length, $"person acts: {steps} steps");
    }

    [Fact]
    public void SkipTable_NeverSkipsACueStartOrAClauseEnd()
    {
        var (_, atWordStart, inWord) = IntimateFrames.BuildTries(IntimateFrames.Table);
        var skip = IntimateFrames.SkipTable(atWordStart, inWord);
        for (var k = 0; k < 128; k++)
        {
            var c = char.ToLowerInvariant((char)k);
            if ((skip[k] & IntimateFrames.SkipAlways) != 0)
            {
                Assert.False(atWordStart.Starts(c) || ClausePunctuation.EndsClause(c), $"'{(char)k}'");
            }

            if ((skip[k] & IntimateFrames.SkipInWord) != 0)
            {
                Assert.False(inWord.Starts(c) || !ClausePunctuation.IsCasedLetter(c), $"'{(char)k}'");
            }
        }

        // Clause marks and word starts stop the step; "xaz" after a letter: only a letter no in-word cue starts with is stepped over.
        Assert.Equal(0, skip[','] & (IntimateFrames.SkipAlways | IntimateFrames.SkipInWord));
        Assert.Equal(1, IntimateFrames.NextPlace("a,b", 0, skip));
        Assert.Equal(1, IntimateFrames.NextPlace("a\u00E9b", 0, skip));
        Assert.InRange(IntimateFrames.NextPlace("ab\u00E9", 0, skip), 1, 2);
    }

    [Fact]
    public void FrameReader_BenignPrompt_ReadsAMinorityOfItsPlaces()
    {
        // One step a place read plus one a trie step (WorkCounter): 1,137 steps on this 513-character prompt in session 43, when every
        // place was read; reading every place again (or losing the in-word step) fails here.
        var (level, steps) = BenignPrompt.FrameSteps(Benign);
        output.WriteLine($"intimate frames {steps} steps, {Benign.Length} characters");
        Assert.Equal(0, level);
        Assert.True(steps <= Benign.Length, $"intimate frames: {steps} steps");
    }
}
