using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// Given names followed by a family name with a particle (ParticleNames: van der, de la, bin, binti, Al), with no role:
/// a likely real person; places and artist credits with particles are not.
/// </summary>
public class ParticleNamesTests
{
    [Theory]
    [InlineData("Sylvie van der Meer nude")]
    [InlineData("Maria de la Fuente naked in bed")]
    [InlineData("Rania Al-Hassan nude")]
    [InlineData("Aisha binti Rahman naked")]
    public void Screen_GivenNameParticleAndFamilyName_IsHeldForReview(string prompt)
        => LikelyPersonAssert.ReviewedUnderMatureBlockedUnderStrict(prompt);

    [Theory]
    [InlineData("nude woman sunbathing on the Costa del Sol")] // no given name
    [InlineData("rosa de la tarde, nude woman")] // a phrase in lower case
    [InlineData("nude woman by candlelight, painting by Georges de La Tour")] // an artist credit
    public void Screen_ParticlesThatNameNoPerson_StayAdultContent(string prompt)
    {
        var mature = TestScreeners.Default.Screen(prompt, null, "mature");
        Assert.Equal(Decision.Allow, mature.Decision);
        Assert.DoesNotContain(mature.Reasons, r => r.Code == ReasonCodes.RealPersonLikelySexual);
    }
}
