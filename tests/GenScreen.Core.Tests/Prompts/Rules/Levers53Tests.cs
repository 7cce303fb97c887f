using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 45 (i16-levers53): the last-resort readers' refusal of a lone capitalised word opening the prompt before its term
/// (<c>SubjectlessNames</c>: "not the prompt's first word") was measured as a lever across five development batches (+3 person
/// items on three batches, 0 must-allow flags once narrowed) and left in place: the same slot holds islands, regions, towns and
/// German nouns that no list knows, and the round's look-alikes flagged 5 of 14 with it relaxed. These prompts pin that decision,
/// and the other look-alikes of the round (particles in places and painters' credits, 18+ said of the prompt, partners without a
/// name) that a relaxed gate would read. Every name-shaped word here is a place, a noun or a painter.
/// </summary>
public sealed class Levers53Tests
{
    [Theory]
    [InlineData("Texel naakt op het strand, wind, analoog")] // an island no list knows opens the prompt
    [InlineData("Mazury nago w jeziorze o świcie, mgła")] // a region
    [InlineData("Freikörperkultur nackt am Ostseestrand, Sommer")] // a German noun (every German noun is capitalised)
    [InlineData("Datça'da çıplak yüzme, gün batımı, analog fotoğraf")] // a place with its case suffix
    [InlineData("Gabriela topless on the beach at dusk")] // a lone listed given name: invented figures are named so
    public void LoneCapitalisedOpenerBeforeItsTerm_StaysAllowed(string prompt)
    {
        Assert.Equal(Decision.Allow, TestScreeners.Screen(prompt).Decision);
    }

    [Theory]
    [InlineData("a reclining nude in the style of Van Gogh, thick brush strokes")] // a painter's credit with a particle
    [InlineData("skinny dipping at Playa del Carmen at night, film grain")] // a place with a particle
    [InlineData("18+ explicit, lovers on a yacht deck at sunset, cinematic")] // 18+ said of the prompt, no one named
    [InlineData("naked in a hot tub with two women, party lights, phone video")] // partners, no name
    public void RoundLookAlikes_StayAllowed(string prompt)
    {
        Assert.Equal(Decision.Allow, TestScreeners.Screen(prompt).Decision);
    }
}
