using GenScreen.Core.Prompts.Rules;
using Xunit;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>The misspelled-number table compares only the lengths within one edit, and keeps the grammar's order.</summary>
public class FuzzyNumberWordsTests
{
    [Theory]
    [InlineData("twelv", 12)] // one letter missing
    [InlineData("thirten", 13)]
    [InlineData("elevne", 11)] // two neighbours swapped
    [InlineData("sevven", 7)] // one letter more
    [InlineData("fourteen", 14)] // as written
    [InlineData("banana", -1)]
    [InlineData("tw", -1)]
    public void FirstWithinOneEdit_FindsTheNumberWordOneEditAway(string word, int expected)
    {
        var table = new FuzzyNumberWords([("twelve", 12), ("thirteen", 13), ("eleven", 11), ("seven", 7), ("fourteen", 14)]);

        Assert.Equal(expected, table.FirstWithinOneEdit(word));
    }

    [Fact]
    public void FirstWithinOneEdit_SeveralWithinOneEdit_TheFirstInTheGrammarsOrderWins()
    {
        // "cinc" is one edit from both; whichever the grammar lists first wins, whatever its length.
        Assert.Equal(1, new FuzzyNumberWords([("cinco", 1), ("cinq", 2)]).FirstWithinOneEdit("cinc"));
        Assert.Equal(2, new FuzzyNumberWords([("cinq", 2), ("cinco", 1)]).FirstWithinOneEdit("cinc"));
        Assert.Equal(3, new FuzzyNumberWords([("cinx", 3), ("cinco", 1), ("cinq", 2)]).FirstWithinOneEdit("cinc"));
    }

    [Fact]
    public void FirstWithinOneEdit_EmptyTable_FindsNothing()
    {
        var table = new FuzzyNumberWords([]);

        Assert.Equal(0, table.Count);
        Assert.Equal(-1, table.FirstWithinOneEdit("twelve"));
    }
}
