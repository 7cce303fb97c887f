using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;
using Xunit.Abstractions;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 43 (i16-speed51): the intimate-frame cues are found by a walk of a <see cref="CueTrie"/> instead of comparing each cue
/// of the place's letter pair. At every place of every labelled prompt, and of prompts with every cue put in (as written,
/// upper-cased, glued to a word), the trie must find exactly the cues the bucket comparison found there — every cue at a word's
/// start, the in-word cues inside a word — in the bucket's order; and the decision stage on the benchmark's benign prompt must
/// stay a few steps a character (docs/performance.md, session 43).
/// </summary>
public sealed class Speed51Tests(ITestOutputHelper output)
{
    private const string Benign = BenignPrompt.Text;

    private static readonly Lazy<LexiconSet> Lexicons = new(() => LexiconSet.Build(BuiltInLexicons.Load()));

    [Fact]
    public void CueTrie_AtEveryPlace_FindsTheBucketsMatchingCues_InOrder()
    {
        var table = IntimateFrames.Table;
        var (rows, atWordStart, inWord) = IntimateFrames.BuildTries(table);
        Assert.Equal(table.Values.Sum(b => b.Length), atWordStart.Count);
        Assert.Equal(rows.Count(r => r.InWord), inWord.Count);
        Assert.True(inWord.Count > 5 && inWord.Count < atWordStart.Count, $"{inWord.Count} in-word cues");

        var random = new Random(51);
        var prompts = LabelledPrompt.LoadAll().Select(p => p.Prompt).Distinct().ToList();
        var count = prompts.Count;
        foreach (var cue in rows.Select(r => r.Text).Distinct())
        {
            var other = prompts[random.Next(count)];
            prompts.Add($"{other[..(other.Length / 2)]} {cue} {other[(other.Length / 2)..]}");
            prompts.Add(cue.ToUpperInvariant() + "x" + cue);
            prompts.Add("zz" + cue + cue);
            prompts.Add(cue);
        }

        Span<int> found = stackalloc int[64];
        var (places, matched, wordStarts) = (0L, 0L, 0L);
        foreach (var prompt in prompts)
        {
            for (var i = 0; i < prompt.Length; i++)
            {
                var c = char.ToLowerInvariant(prompt[i]);
                Assert.Equal(table.ContainsKey(c), atWordStart.Starts(c));
                if (!table.TryGetValue(c, out var bucket))
                {
                    continue;
                }

                var wordStart = !(ClausePunctuation.IsCasedLetter(c) && i > 0 && char.IsLetterOrDigit(prompt[i - 1]));
                var want = bucket.Where(q => (wordStart || q.InWord) && Matches(prompt, i, q.Text)).ToArray();
                var n = (wordStart ? atWordStart : inWord).Match(prompt, i, found);
                Assert.True(n >= 0, $"more than 64 cues at {i} of '{prompt}'");
                Assert.Equal(want, found[..n].ToArray().Select(k => rows[k]).ToArray());
                places++;
                matched += n;
                wordStarts += wordStart ? 1 : 0;
            }
        }

        output.WriteLine($"{prompts.Count} prompts, {places} places ({wordStarts} at a word's start), {matched} cues matched");
        Assert.True(places > 1_000_000 && matched > 20_000 && wordStarts > 100_000, $"{places} places, {matched} cues matched");
    }

    [Fact]
    public void CueTrie_ShortBuffer_SaysSo_AndKeepsOrderAcrossLengthsAndDuplicates()
    {
        // Rows out of length order, a text twice (two kinds of one cue), a prefix after its longer cue: the indices come back ascending.
        var trie = new CueTrie(["abcd", "ab", "abc", "ab", "x", "abcde"]);
        Span<int> found = stackalloc int[8];
        var n = trie.Match("ABCDE!", 0, found);
        Assert.Equal([0, 1, 2, 3, 5], found[..n].ToArray());
        Assert.Equal(0, trie.Match("zab", 0, found));
        Assert.Equal(2, trie.Match("zab", 1, found));
        Assert.Equal([1, 3], found[..2].ToArray());
        Assert.Equal(-1, trie.Match("abcde", 0, found[..3]));
        Assert.Equal(5, trie.MaxLength);

        // Only the included rows, their indices kept; non-ASCII letters past the pair table (Cyrillic, Han).
        var some = new CueTrie(["ab", "аб", "абв", "馬"], k => k != 0);
        Assert.Equal(0, some.Match("ab", 0, found));
        n = some.Match("АБВГ", 0, found);
        Assert.Equal([1, 2], found[..n].ToArray());
        Assert.Equal(1, some.Match("馬に乗る", 0, found));
        Assert.Equal(3, found[0]);
        Assert.False(some.Starts('a'));
        Assert.True(some.Starts('а'));
    }

    [Fact]
    public void DecisionStage_BenignPrompt_StaysAFewStepsACharacter()
    {
        // The frame reader's trie walk and its places are counted (WorkCounter): 1,137 steps on this 513-character prompt when
        // written (one a place, one a trie step). The bucket comparison it replaced read ~5,000 candidate cues here (~18.7 µs of
        // thread CPU); the fallback path still counts one step a candidate, so a return to it fails here.
        var (frameLevel, frameSteps) = BenignPrompt.FrameSteps(Benign);
        var signals = new SignalSummary();
        signals.Source = Benign;
        BenignPrompt.ReadStages(Benign, Lexicons.Value, new TokenizedText(), signals, stackalloc long[4]);
        StatementTriggers.Detect(Benign, signals);
        Assert.True(PolicyCatalog.LoadBuiltIn().TryGet("mature", out var mature));
        PromptRules.Decide(signals, mature, "test", []);
        WorkCounter.Reset();
        var verdict = PromptRules.Decide(signals, mature, "test", []);
        var decideSteps = WorkCounter.Steps;
        output.WriteLine($"intimate frames {frameSteps} steps, whole decision {decideSteps} steps, {Benign.Length} characters, {verdict.Decision}");

        Assert.Equal(0, frameLevel);
        Assert.Equal(GenScreen.Core.Verdicts.Decision.Allow, verdict.Decision);
        Assert.True(frameSteps <= 3 * Benign.Length, $"intimate frames: {frameSteps} steps");
        Assert.True(decideSteps <= 3_000, $"decision: {decideSteps} steps");
    }

    private static bool Matches(string prompt, int at, string cue)
    {
        if (at + cue.Length > prompt.Length)
        {
            return false;
        }

        for (var k = 0; k < cue.Length; k++)
        {
            if (char.ToLowerInvariant(prompt[at + k]) != cue[k])
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Session 43 (i16-speed51): the inflection readers' length masks and the non-ASCII stretch. A mask must hold the length of every
/// key opening (closing) a word with the key's three letters, however the word goes on, or a stem, head, tail or guard would be
/// skipped; <see cref="Inflections.LettersShow(TokenizedText, ulong)"/> must answer as reading the whole text.
/// </summary>
public sealed class Speed51InflectionTests
{
    [Fact]
    public void LengthMasks_HoldEveryKeysLength_InAnyWordItOpensOrCloses()
    {
        var random = new Random(51);
        var letters = "abcdefghijklmnopqrstuvwxyzäöüåéíłşğçıабвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        var keys = Enumerable.Range(0, 20_000)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(3, 70)).Select(_ => letters[random.Next(letters.Length)])]))
            .Distinct().ToList();
        var opening = new LengthMasks(keys, fromEnd: false);
        var closing = new LengthMasks(keys, fromEnd: true);
        foreach (var key in keys)
        {
            Assert.True(LengthMasks.Has(opening.Of(key), key.Length), key);
            Assert.True(LengthMasks.Has(opening.Of(key + "ungen"), key.Length), key);
            Assert.True(LengthMasks.Has(closing.Of(key), key.Length), key);
            Assert.True(LengthMasks.Has(closing.Of("kinder" + key), key.Length), key);
        }

        // Most lengths are turned away for most words (the point of the masks), and a word shorter than three letters passes all.
        var (asked, held) = (0, 0);
        foreach (var word in keys.Take(2_000).Select(k => "zq" + k))
        {
            for (var length = 3; length < 40; length++)
            {
                asked++;
                held += LengthMasks.Has(opening.Of(word), length) ? 1 : 0;
            }
        }

        Assert.True(held < asked / 4, $"{held} of {asked} lengths held");
        Assert.Equal(ulong.MaxValue, opening.Of("ab"));
        Assert.Equal(ulong.MaxValue, new LengthMasks(["ab", "abcd"], fromEnd: false).Of("xyz"));
    }

    [Fact]
    public void LettersShow_BetweenTheNonAsciiBounds_AnswersAsTheWholeText()
    {
        var inflections = LexiconSet.Build(BuiltInLexicons.Load()).Prompt.Inflections;
        var text = new TokenizedText();
        var masks = Enumerable.Range(0, 64).Select(b => 1UL << b).Concat([0UL, ulong.MaxValue, 0b11UL, 0xF0F0UL, 0x5555_5555UL]).ToArray();
        var (prompts, shown) = (0, 0);
        foreach (var prompt in LabelledPrompt.LoadAll().Select(p => p.Prompt).Distinct().Concat(["", "abc", "é", "abcé", "éabc", "Zażółć gęślą jaźń"]))
        {
            PromptTokenizer.Tokenize(prompt, text);
            var (first, last) = text.NonAsciiBounds;
            var span = text.Source.AsSpan();
            Assert.Equal(span.IndexOfAnyExceptInRange('\0', '\u007F'), first);
            Assert.Equal(span.LastIndexOfAnyExceptInRange('\0', '\u007F'), last);
            foreach (var mask in masks)
            {
                var want = inflections.LettersShow(text.Source.AsSpan(), mask);
                Assert.Equal(want, inflections.LettersShow(text, mask));
                shown += want ? 1 : 0;
            }

            prompts++;
        }

        Assert.True(prompts > 20_000 && shown > 10_000, $"{prompts} prompts, {shown} shown");
    }
}
