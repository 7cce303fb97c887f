using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 41: an occupational family name that is also a role or relation noun (King, Bishop, Judge, Pastor) after a listed
/// given name was refused by the role tags, so the sexual prompt about that person was allowed. Now, capitalised right after a
/// capitalised given name, not in Title Case, in a sexual prompt that names no one else, it is a family name (a likely real
/// person: review). Read in sealed batch 49 after its figures; the names here are invented.
/// </summary>
public sealed class RoleFamilyNames41Tests
{
    [Theory]
    [InlineData("Emma King nude on a bed")]
    [InlineData("Sarah Bishop, topless, 35mm film")]
    [InlineData("Laura Judge naked in the shower")]
    [InlineData("Lucía Pastor desnuda en la cama, luz suave")]
    public void ARoleWordAsFamilyName_IsALikelyPerson(string prompt) =>
        Assert.Equal(Decision.Review, ScreeningAssert.Screen(prompt, null, "mature").Decision);

    [Theory]
    [InlineData("nude woman and Emma King on a bed")] // a person word names the subject: as before
    [InlineData("Emma King reading in a library, 35mm film")] // nothing sexual
    [InlineData("the pastor of the village church, oil painting")]
    public void WithAnotherSubjectOrNoSexualContent_NothingChanges(string prompt) =>
        Assert.Equal(Decision.Allow, ScreeningAssert.Screen(prompt, null, "mature").Decision);
}
