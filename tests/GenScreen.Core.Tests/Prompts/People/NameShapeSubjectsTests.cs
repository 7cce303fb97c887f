using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// Session 33, stage 2 (i16-namesshape41s): a personal name read by its shape where no list knows it
/// (<c>NameShapeSubjects</c>): an ordinary-word family name or an unlisted given name after a picture noun and its "of" word,
/// as a tag of its own before the scene, or opening a tag with a partner after it. Look-alikes: brand + model, capitalised
/// ordinary words, places, a name with nothing sexual. Names invented (none in the repository).
/// </summary>
public sealed class NameShapeSubjectsTests
{
    /// <summary>Stopped under mature (review, or block when more is read), blocked under strict.</summary>
    [Theory]
    [InlineData("nsfw, Quenby Frost, bent over the sofa, thong only")]
    [InlineData("glamour shot of Edwyna Barsholt, topless, tabloid print")]
    [InlineData("nude picture of Lorcan Greenfield on the bed")]
    [InlineData("nsfw, Wendelijn Kuipersloot met twee mannen, slaapkamer")]
    public void Screen_NameByShapeWhereThePersonStands_IsStopped(string prompt)
    {
        Assert.NotEqual(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);
        Assert.Equal(Decision.Block, TestScreeners.Default.Screen(prompt, null, "strict").Decision);
    }

    [Theory]
    [InlineData("Porsche Cayenne parked outside, nude adult woman leaning on the hood")]
    [InlineData("Golden Hour, nude, film")]
    [InlineData("nude photo of Santa Monica beach at dawn, adult woman")]
    [InlineData("Naked Lady sitting on a bed, oil painting, adult")]
    public void Screen_CapitalisedWordsThatAreNoName_AllowedUnderMature(string prompt) =>
        Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);

    [Theory]
    [InlineData("portrait of Quenby Frost reading in a library, soft light")]
    public void Screen_NameWithNothingSexual_Allowed(string prompt) => ScreeningAssert.AllowsEverywhere(prompt);
}
