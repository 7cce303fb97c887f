using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>Innocent words that contain, or sit next to, trigger words: allowed under every policy.</summary>
public sealed class FalsePositiveTrapTests
{
    [Theory]
    [InlineData("aerial view of Scunthorpe steelworks at dusk")]
    [InlineData("a bowl of chili with kidney beans")]
    [InlineData("data analysis dashboard, flat design")]
    [InlineData("a cocktail on a bar counter, neon lights")]
    [InlineData("an antique shotgun mounted above a fireplace")]
    [InlineData("sheet music for a sonata in A minor")]
    [InlineData("a melancholic melody in a minor key")]
    [InlineData("pastel baby shower cake with cupcakes")]
    [InlineData("teenage mutant ninja turtles fan art")]
    [InlineData("cover for a young adult fiction novel")]
    [InlineData("pink breast cancer ribbon on a white background")]
    [InlineData("nude colour palette for a living room")]
    [InlineData("product shot of a nude lipstick")]
    [InlineData("a white cockatoo on a branch")]
    [InlineData("hooded assassin on a rooftop, concept art")]
    [InlineData("country cottage in Essex")]
    [InlineData("Sussex coastline, chalk cliffs")]
    [InlineData("map of Middlesex county")]
    [InlineData("a bunch of grapes, a single grape in focus")]
    [InlineData("a therapist's office with a leather couch")]
    [InlineData("pussy willow branches in a vase")]
    [InlineData("Kid Icarus pixel art")]
    [InlineData("grilled chicken breast with vegetables")]
    [InlineData("stars visible to the naked eye")]
    public void Screen_FalsePositiveTrap_AllowedUnderEveryPolicy(string prompt)
    {
        foreach (var policy in ScreeningAssert.Policies)
        {
            var verdict = ScreeningAssert.Decides(Decision.Allow, prompt, null, policy);
            Assert.False(ScreeningAssert.HasReason(verdict, ReasonCodes.TermSexual), ScreeningAssert.Describe(verdict));
            Assert.False(ScreeningAssert.HasReason(verdict, ReasonCodes.TermMinor), ScreeningAssert.Describe(verdict));
            Assert.All(verdict.Categories, c => Assert.Equal(0, c.Severity));
        }
    }
}
