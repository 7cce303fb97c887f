using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 41: the two character-scanning cue tables (<see cref="PersonActs"/>, <see cref="IntimateFrames"/>) read their rows
/// with one reader (<see cref="KindCueRows"/>) and end clauses at one punctuation set (<see cref="ClausePunctuation"/>, shared
/// with <see cref="VerbFinalUndress"/>), where each had kept its own copy.
/// </summary>
public sealed class KindCueRows41Tests
{
    private static readonly string[] Kinds = ["oral", "partner"];

    [Fact]
    public void Read_GivesKindLanguageTextAndMarks()
    {
        var rows = KindCueRows.Read(new StringReader("# comment\noral\tde\t BLASEN= \npartner\tcs\t~chlap\n"), Kinds, "test cues");
        Assert.Equal(2, rows.Count);
        Assert.Equal(new KindCueRows.Row(0, "de", "blasen", WordEnd: true, InWord: false), rows[0]);
        Assert.Equal(new KindCueRows.Row(1, "cs", "chlap", WordEnd: false, InWord: true), rows[1]);
    }

    [Theory]
    [InlineData("unknown\tde\tblasen")]
    [InlineData("oral\tde\t  ")]
    [InlineData("oral\tblasen")]
    public void Read_RejectsAMalformedRow_NamingTheTable(string row)
    {
        var error = Assert.Throws<InvalidDataException>(() => KindCueRows.Read(new StringReader(row + "\n"), Kinds, "test cues"));
        Assert.StartsWith("test cues:", error.Message);
    }

    [Fact]
    public void PersonActs_Parse_MarksObjectFirstByLanguage()
    {
        var table = PersonActs.Parse(new StringReader("oral\tde\tbläst\noral\ten\tsucks\n"));
        Assert.True(Assert.Single(table['b']).ObjectFirst);
        Assert.False(Assert.Single(table['s']).ObjectFirst);
    }

    [Fact]
    public void PersonActs_Parse_RejectsAMalformedRow() =>
        Assert.StartsWith("person-act cues:", Assert.Throws<InvalidDataException>(() => PersonActs.Parse(new StringReader("nokind\ten\tsuck\n"))).Message);

    [Theory]
    [InlineData(',')]
    [InlineData('|')]
    [InlineData('。')]
    [InlineData('؛')]
    [InlineData('\u0964')] // Devanagari danda, once only VerbFinalUndress's
    [InlineData('\u06D4')] // Urdu full stop
    [InlineData(')')] // once only PersonActs' and IntimateFrames'
    public void ClausePunctuation_EndsClause(char c) => Assert.True(ClausePunctuation.EndsClause(c));

    [Theory]
    [InlineData('-')]
    [InlineData('\'')]
    [InlineData(' ')]
    [InlineData('a')]
    public void ClausePunctuation_DoesNotEndClause(char c) => Assert.False(ClausePunctuation.EndsClause(c));

    [Fact]
    public void AFrameInItsOwnClause_IsStillRead()
    {
        // The scanners still read a frame inside its clause after the move to the shared punctuation.
        var verdict = ScreeningAssert.Screen("Taylor Swift wearing only a towel", null, "mature");
        Assert.NotEqual(Decision.Allow, verdict.Decision);
    }
}
