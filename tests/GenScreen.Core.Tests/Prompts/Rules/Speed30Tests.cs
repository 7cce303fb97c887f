using System.Reflection;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Tests.Prompts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 26 (i16-speed30), verdict-neutral speed work on the benign prompt's path (docs/performance.md, "Session 26: speed30"):
/// <list type="bullet">
/// <item><see cref="AsciiTriggerFinder.FindAll"/> walks the prompt's run starts once and finds a keyed trigger's candidates by
/// the rank of its key's bit in flat arrays (no dictionary probe): it must give the places and tags the loop of the finder's
/// own <c>Find</c> gave before (read here by reflection, as the reference), also where two keys share a bit (digits and the
/// letters P–Y, the apostrophe and G have the same five low bits);</item>
/// <item>a clause table looks up a word's two- to four-word keys only when its first-word bits say a phrase may start with it:
/// every phrase of the shipped tables is still found at its first word.</item>
/// </list>
/// </summary>
public sealed class Speed30Tests
{
    private static readonly MethodInfo StepFind = typeof(AsciiTriggerFinder).GetMethod(
        "Find", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(string), typeof(int), typeof(uint), typeof(bool), typeof(uint).MakeByRefType()])!;

    /// <summary>FindAll as it was before session 26: <c>Find</c> from 0, then from after each place found.</summary>
    private static List<(int At, uint Tags)> ByFind(AsciiTriggerFinder finder, string text, uint tags, bool wholeWords)
    {
        var hits = new List<(int At, uint Tags)>();
        var from = 0;
        while (true)
        {
            object?[] args = [text, from, tags, wholeWords, 0u];
            var at = (int)StepFind.Invoke(finder, args)!;
            if (at < 0)
            {
                return hits;
            }

            hits.Add((at, (uint)args[4]!));
            from = at + 1;
        }
    }

    private static void AssertSameAsByFind(AsciiTriggerFinder finder, string text, uint tags)
    {
        var hits = new List<(int At, uint Tags)>();
        foreach (var wholeWords in (ReadOnlySpan<bool>)[false, true])
        {
            finder.FindAll(text, tags, hits, wholeWords);
            Assert.True(ByFind(finder, text, tags, wholeWords).SequenceEqual(hits), $"'{text}', tags {tags}, whole words {wholeWords}");
        }
    }

    // a1bc and aqbc, x'yz and xgyz, p9q and pyq: keys that share a bit (five low bits of each character).
    private static readonly (string Trigger, uint Tags, bool WholeWord)[] Colliding =
    [
        ("a1bc", 1, true), ("aqbc", 2, true), ("x'yz", 1, true), ("xgyz", 2, false), ("p9q", 1, true), ("pyq", 2, true),
        ("pyqs", 1, false), ("69", 4, true), ("dad", 1, true), ("dad", 2, false),
    ];

    [Theory]
    [InlineData("a1bc aqbc A1BC aqbcd")]
    [InlineData("x'yz xgyz xgyzzz X'YZ's")]
    [InlineData("p9q pyq pyqs pyqsss, (p9q:1.2) pyq-69 69er 169 69")]
    [InlineData("daddy dad dads, dad's grandad")]
    [InlineData("")]
    [InlineData("aq")]
    [InlineData("a long run of words without any trigger in it at all, repeated past sixty-four characters to cross a block edge aqbc pyq")]
    public void FindAll_KeysSharingABit_SamePlacesAndTagsAsTheFindLoop(string text)
    {
        var finder = AsciiTriggerFinder.TryCreate(Colliding)!;
        foreach (var tags in (ReadOnlySpan<uint>)[1, 2, 3, 4, 7])
        {
            AssertSameAsByFind(finder, text, tags);
        }
    }

    [Fact]
    public void FindAll_ShippedTables_LabelledPrompts_SamePlacesAndTagsAsTheFindLoop()
    {
        var finder = StatementTriggers.AsciiFinder!;
        const uint all = StatementTriggers.Child | StatementTriggers.Sexual | StatementTriggers.SexualShort;
        var checkedPrompts = 0;
        foreach (var prompt in LabelledPrompt.LoadAll().Select(p => p.Prompt).Where(p => System.Text.Ascii.IsValid(p)).Take(3_000))
        {
            AssertSameAsByFind(finder, prompt, all);
            checkedPrompts++;
        }

        Assert.True(checkedPrompts > 1_000);
    }

    [Fact]
    public void FindAll_BenignBenchmarkPrompt_OnlyPainting()
    {
        const string benign = BenignPrompt.Text;
        var hits = new List<(int At, uint Tags)>();
        StatementTriggers.AsciiFinder!.FindAll(benign, StatementTriggers.Child | StatementTriggers.Sexual | StatementTriggers.SexualShort, hits, wholeWords: true);

        // painting (a sexual costume phrase's longest word) only: para29's "light up shoes" is triggered by shoes since the last
        // of equally long words is a phrase's trigger (session 26: "light" cost every prompt with light a child clause read).
        Assert.Equal([(benign.IndexOf("painting", StringComparison.Ordinal), StatementTriggers.Sexual)], hits);
    }

    /// <summary>The spaced entries of a shipped table that hold a space (phrases), read by reflection.</summary>
    private static IEnumerable<string> Phrases<TKinds>(ClauseTable<TKinds> table)
        where TKinds : unmanaged, Enum
    {
        var spaced = (Dictionary<string, TKinds>)typeof(ClauseTable<TKinds>).GetField("_spaced", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(table)!;
        return spaced.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal));
    }

    /// <summary>Words of a phrase as the clause readers split it, when writing them back as a key gives the phrase (else null).</summary>
    private static (int Start, int End)[]? WordsOf(string phrase)
    {
        Span<(int Start, int End)> words = stackalloc (int, int)[16];
        var count = ClauseWords.Split(phrase, 0, phrase.Length, words);
        if (count < 2 || count > ClauseTable<ChildStatementKinds>.MaxPhraseWords)
        {
            return null;
        }

        Span<char> key = stackalloc char[ClauseWords.MaxKey];
        var length = ClauseWords.WriteKey(phrase, words[..count], 0, count, key);
        return length >= 0 && key[..length].SequenceEqual(phrase) ? words[..count].ToArray() : null;
    }

    [Fact]
    public void ChildTable_EveryPhrase_FoundAtItsFirstWord() =>
        AssertEveryPhraseFoundAtItsFirstWord(Phrases(ChildStatements.Table), (phrase, words) => ChildStatements.Table.Longest(phrase, words, 0, words.Length).Words);

    [Fact]
    public void SexualTable_EveryPhrase_FoundAtItsFirstWord() =>
        AssertEveryPhraseFoundAtItsFirstWord(Phrases(SexualStatements.Table), (phrase, words) => SexualStatements.Table.Longest(phrase, words, 0, words.Length).Words);

    /// <summary>Each phrase (that the clause readers can split) is found whole at its first word; over a thousand are read.</summary>
    private static void AssertEveryPhraseFoundAtItsFirstWord(IEnumerable<string> phrases, Func<string, (int Start, int End)[], int> wordsFound)
    {
        var read = 0;
        foreach (var phrase in phrases)
        {
            if (WordsOf(phrase) is { } words)
            {
                Assert.True(wordsFound(phrase, words) == words.Length, phrase);
                read++;
            }
        }

        Assert.True(read > 1_000, $"{read} phrases read");
    }

    [Fact]
    public void ChildTable_BenignClauseAndItsLookAlikePhrase()
    {
        // soft rim light (the benign prompt's child clause): no entry at soft; light up shoes (para29's thing): the phrase itself.
        Span<(int Start, int End)> words = stackalloc (int, int)[8];
        const string benign = "soft rim light";
        var count = ClauseWords.Split(benign, 0, benign.Length, words);
        Assert.Equal(ChildStatementKinds.None, ChildStatements.Table.Longest(benign, words[..count], 0, count).Kinds);

        const string phrase = "light up shoes";
        count = ClauseWords.Split(phrase, 0, phrase.Length, words);
        var found = ChildStatements.Table.Longest(phrase, words[..count], 0, count);
        Assert.Equal(3, found.Words);
        Assert.True((found.Kinds & ChildStatementKinds.Thing) != 0);
    }
}
