using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 45 (i16-oneword53): <c>StateAgentNames</c>, a one-word real person as the bearer of a nudity state — the word opens
/// the prompt or a tag, the nudity term (an intensifier allowed before it) is its predicate, and the tag ends or a preposition or
/// conjunction follows. Look-alikes in the same slot: places before a nude beach or an art genre, ordinary words and compounds,
/// listed fictional characters, lone listed given names, a noun or verb after the term. Names invented for these tests (none of
/// the fresh set's).
/// </summary>
public sealed class StateAgentNames53Tests
{
    [Theory]
    [InlineData("Brovalka topless in a rooftop pool, night, flash")] // the prompt's first word, a preposition after the state
    [InlineData("Trovanek naakt op een zeilboot, avondlicht")] // Dutch
    [InlineData("Zelmirka naga w wannie, piana, świece")] // Polish
    [InlineData("sauna, Velquor completamente nua no banco de madeira")] // a tag's first word, an intensifier before the term
    [InlineData("Kelvorin nackt und verschwitzt, Handyfoto")] // a conjunction after the state
    [InlineData("polaroid, Vintessa topless")] // the tag ends with the state
    public void OneWordBearerOfNudity_IsStopped(string prompt)
    {
        var verdict = ScreeningAssert.Screen(prompt, null, "mature");
        Assert.NotEqual(Decision.Allow, verdict.Decision);
        ScreeningAssert.Decides(Decision.Block, prompt, null, "strict");
    }

    [Theory]
    [InlineData("Mykonos topless beach at noon, wide shot")] // a noun after the term: a place's beach
    [InlineData("Positano nudo artistico, scogli")] // an art genre after the term
    [InlineData("Sylt nackt baden, Dünen")] // a verb after the term
    [InlineData("Liebespaar nackt in der Sauna")] // a compound of words
    [InlineData("Heute nackt im Garten, Sommer")] // an ordinary word
    [InlineData("Bayonetta nude in a bath, candles")] // a listed fictional character
    [InlineData("Gabriela nua no quarto, luz suave")] // a lone listed given name
    [InlineData("Malibu topless at sunset, golden light")] // where the state is: the time of day
    [InlineData("Ibiza desnuda en la cala, amanecer")] // where the state is: a cove
    [InlineData("Rügen nackt am Ostseestrand, Abendrot")] // a compound ending in a beach noun
    [InlineData("Santorini topless, caldera view")] // the prompt's own heading ending with the state
    [InlineData("Tifa topless in a bar, neon light")] // the first word of a listed fictional adult's name
    [InlineData("Selvora nuda sul letto, olio su tela")] // an art medium in the prompt: a painting's figure
    [InlineData("Zuzia naga w wannie, piana")] // a Polish pet form of a given name
    [InlineData("Kahapon hubad sa kwarto, mainit")] // a Tagalog word of time opening the sentence
    public void LookAlikesInTheSlot_StayAllowed(string prompt) => ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");
}
