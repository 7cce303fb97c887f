using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// The shared scan's whole-word triggers (<see cref="AsciiTriggerFinder.FindAll"/> with <c>wholeWords</c>, session 20): a
/// trigger that is a whole word sets off its clause only where the prompt's word ends with it; a prefix (a stem of the
/// sexual table) still sets it off inside a longer word. <see cref="AsciiTriggerFinder.Find(string, int, uint)"/> is unchanged.
/// </summary>
public sealed class WholeWordTriggerTests
{
    private static readonly AsciiTriggerFinder Finder = AsciiTriggerFinder.TryCreate(
        [("pai", 1u, true), ("nipp", 2u, false), ("mum", 1u, true), ("mums", 1u, true), ("both", 1u, true), ("both", 2u, false)])!;

    private static List<(int At, uint Tags)> All(string text, bool wholeWords)
    {
        var hits = new List<(int At, uint Tags)>();
        Finder.FindAll(text, 3, hits, wholeWords);
        return hits;
    }

    [Theory]
    [InlineData("oil painting, warm light")] // pai starts painting
    [InlineData("pai2 ready")] // a digit goes on with the word
    [InlineData("pai's shirt")] // an apostrophe too: the clause's word is pai's
    public void WholeWordTrigger_InsideALongerWord_SetsOffNothing(string text)
    {
        Assert.Empty(All(text, wholeWords: true));
        Assert.NotEmpty(All(text, wholeWords: false)); // the left-edge search still finds it
    }

    [Theory]
    [InlineData("o pai dela", 2)]
    [InlineData("pai", 0)]
    [InlineData("(pai:1.2)", 1)]
    [InlineData("pai-e-filho", 0)] // a hyphen ends the word
    public void WholeWordTrigger_AtAWordsEnd_Counts(string text, int at)
        => Assert.Equal([(at, 1u)], All(text, wholeWords: true));

    [Fact]
    public void PrefixTrigger_InsideALongerWord_StillCounts()
        => Assert.Equal([(0, 2u)], All("nipples", wholeWords: true));

    [Fact]
    public void LongerWholeWordTrigger_AtTheSamePlace_Counts()
        => Assert.Equal([(0, 1u)], All("mums", wholeWords: true));

    [Fact]
    public void OneText_WordForOneTagPrefixForAnother_KeepsOnlyThePrefixTagInsideAWord()
    {
        Assert.Equal([(0, 2u)], All("bothered", wholeWords: true));
        Assert.Equal([(0, 3u)], All("both", wholeWords: true));
    }

    [Fact]
    public void ShippedTables_TheBenignBenchmarkPromptsTriggers_AreOnlyWholeWords()
    {
        // pai (painting) and qua (quality) no longer set off a clause; painting (the longest word of a costume phrase) does.
        var hits = new List<(int At, uint Tags)>();
        const string prompt = "(best quality:1.1), [oil painting|watercolor]";
        StatementTriggers.AsciiFinder!.FindAll(prompt, StatementTriggers.Child | StatementTriggers.Sexual, hits, wholeWords: true);
        Assert.Equal([(prompt.IndexOf("painting", StringComparison.Ordinal), StatementTriggers.Sexual)], hits);
    }
}
