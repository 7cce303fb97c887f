using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// The clause around a trigger, as each clause reader cuts it (<see cref="ClauseBounds"/>). Until session 19 each reader had
/// its own copy of the cutting, and the copies differed; these tests pin what each reader does now:
/// <list type="bullet">
/// <item>kept apart (each reader's verdicts unchanged): the danda (।) ends a sexual clause, not a child one; a comma before a
/// purpose conjunction (<c>, чтобы</c>) goes on in a child clause, not in a sexual one;</item>
/// <item>made one: the BREAK keyword ends the clause before it for both. The sexual copy began the next clause inside the
/// keyword (its last four letters, <c>REAK</c>, were read as a word); the child copy took any upper-case K four characters
/// after a break for the keyword's end (<c>(PARK dad</c> began at <c>dad</c>). Neither changed a verdict of the 21,580
/// labelled and batch prompts.</item>
/// </list>
/// </summary>
public sealed class ClauseBoundsTests
{
    private static (int Start, int End) Child(string text, string at) => ChildStatements.Clauses.Around(text, text.IndexOf(at, StringComparison.Ordinal));

    private static (int Start, int End) Sexual(string text, string at) => SexualStatements.Clauses.Around(text, text.IndexOf(at, StringComparison.Ordinal));

    [Fact]
    public void Danda_EndsASexualClause_NotAChildClause()
    {
        const string text = "छह साल की बच्ची। उसके नंगे नितंब";
        Assert.Equal((0, text.Length), Child(text, "नंगे"));
        Assert.Equal((text.IndexOf('।') + 1, text.Length), Sexual(text, "नंगे"));
        Assert.Equal((0, text.IndexOf('।')), Sexual(text, "बच्ची"));
    }

    [Fact]
    public void CommaBeforeAPurposeConjunction_GoesOnInAChildClause_NotInASexualClause()
    {
        const string text = "она слишком маленькая, чтобы достать до полки";
        Assert.Equal((0, text.Length), Child(text, "чтобы"));
        Assert.Equal((0, text.Length), Child(text, "маленькая"));
        Assert.Equal((text.IndexOf(',') + 1, text.Length), Sexual(text, "чтобы"));
    }

    [Fact]
    public void CommaBeforeAnyOtherWord_EndsBoth()
    {
        const string text = "она слишком маленькая, достать до полки";
        Assert.Equal((0, text.IndexOf(',')), Child(text, "маленькая"));
        Assert.Equal((0, text.IndexOf(',')), Sexual(text, "маленькая"));
    }

    [Theory]
    [InlineData("red hat BREAK licking her nipples")]
    [InlineData("red hat, BREAK licking her nipples")]
    public void BreakKeyword_EndsTheClauseBeforeIt_ForBoth(string text)
    {
        var after = text.IndexOf("BREAK", StringComparison.Ordinal) + 5;
        Assert.Equal((after, text.Length), Sexual(text, "licking"));
        Assert.Equal((after, text.Length), Child(text, "licking"));
        Assert.Equal(text.IndexOfAny([',', 'B']), Sexual(text, "hat").End);
    }

    [Theory]
    [InlineData("(PARK dad's shoulders")]
    [InlineData("|BOOK on dad's shoulders")]
    public void UpperCaseWordEndingInK_AfterABreak_IsNoKeyword(string text)
    {
        Assert.Equal((1, text.Length), Child(text, "dad"));
        Assert.Equal((1, text.Length), Sexual(text, "dad"));
    }

    [Theory]
    [InlineData("BREAKFAST with dad", 0)]
    [InlineData("a 3.5 year old. on dad's shoulders", 15)]
    public void OnlyAWholeKeywordOrASentencesStop_Breaks(string text, int start)
    {
        Assert.Equal((start, text.Length), Child(text, "dad"));
        Assert.Equal((start, text.Length), Sexual(text, "dad"));
    }

    [Fact]
    public void StartOf_FollowsNoContinuation()
    {
        const string text = "она слишком маленькая, чтобы достать";
        Assert.Equal(text.IndexOf(',') + 1, ChildStatements.Clauses.StartOf(text, text.Length));
    }
}
