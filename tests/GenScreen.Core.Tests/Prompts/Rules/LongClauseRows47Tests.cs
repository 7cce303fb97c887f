using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 39 (i16-minors47): the clause tables read every row. Until then <see cref="ClauseTable{TKinds}"/> looked up at most
/// four words at a clause word, so the rows of five words or more (384 of child-statements.tsv, 68 of sexual-statements.tsv)
/// were loaded and never matched; and a row written with a hyphen or a zero-width non-joiner was kept as written, while a
/// clause splits at the hyphen and the normalizer drops the joiner, so it never matched either.
/// </summary>
public sealed class LongClauseRows47Tests
{
    private static (int Start, int End)[] WordsOf(string text)
    {
        Span<(int Start, int End)> words = stackalloc (int, int)[32];
        var count = ClauseWords.Split(text, 0, text.Length, words);
        return words[..count].ToArray();
    }

    [Theory]
    [InlineData("balloon tied to her wrist", 5)]
    [InlineData("la plus petite de la famille", 6)]
    [InlineData("ноги не достают до пола", 5)]
    public void ChildTable_RowOfFiveWordsOrMore_FoundWhole(string row, int words)
    {
        var text = row + " at the fair";
        var found = ChildStatements.Table.Longest(text, WordsOf(text), 0, WordsOf(text).Length);
        Assert.Equal(words, found.Words);
        Assert.Equal(row, found.Term);
    }

    [Fact]
    public void ChildTable_HyphenatedRow_FoundAsTheClauseSplitsIt()
    {
        // "merry-go-round" is a row of the shared kind: a clause reads it as three words.
        const string text = "rides the merry-go-round";
        var words = WordsOf(text);
        var found = ChildStatements.Table.Longest(text, words, 2, words.Length);
        Assert.Equal(3, found.Words);
        Assert.Equal("merry go round", found.Term);
    }

    [Theory]
    [InlineData("merry-go-round", "merry go round")]
    [InlineData("grand-mère", "grand mère")]
    [InlineData("شانه\u200Cهای", "شانههای")]
    [InlineData("mum\u2019s  lap", "mum's lap")]
    [InlineData("balloon tied to her wrist", "balloon tied to her wrist")]
    public void AsClauseKey_KeysARowAsAClauseKeysItsWords(string row, string key) =>
        Assert.Equal(key, ClauseTableRows<ChildStatementKinds>.AsClauseKey(row));

    [Fact]
    public void AsClauseKey_PlainRow_IsTheSameString()
    {
        var row = "balloon tied to the wrist";
        Assert.Same(row, ClauseTableRows<ChildStatementKinds>.AsClauseKey(row));
    }

    [Fact]
    public void SexualTable_RowOfFiveWords_FoundWhole()
    {
        const string text = "a dress that leaves nothing to the imagination";
        var words = WordsOf(text);
        var found = SexualStatements.Table.Longest(text, words, 3, words.Length);
        Assert.Equal(5, found.Words);
        Assert.NotEqual(SexualStatementKinds.None, found.Kinds);
    }
}
