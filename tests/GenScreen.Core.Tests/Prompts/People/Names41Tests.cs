using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// Session 33 (i16-namescased41): cased-script names no list holds, read where a name stands — opening its tag before a
/// lower-case word, as the prompt's last tag, after a role noun that introduces it (SubjectNamePairs, RoleIntroducers) —,
/// an unlisted given name before a particle that opens family names only (van der, Ní, Mac, Ó: WorldNameShapes,
/// ParticleNames), a national family name kept in a drawing-style frame (FictionalNames), and the strict policy blocking a
/// likely person with content it holds anyway (PromptRules). Names invented for the tests. Look-alikes: photographic gear,
/// a saint's place, an apposition tag of an invented character, a noun after a role noun, the same names with nothing sexual.
/// </summary>
public sealed class Names41Tests
{
    /// <summary>Stopped under mature (review, or block when more is read), blocked under strict.</summary>
    [Theory]
    [InlineData("photoreal, 50mm, Orlagh Trevaskis sprawled across hotel sheets in a lace thong")]
    [InlineData("lewd, fully nude, big splash page, Kerensa Polglase")]
    [InlineData("the model is Hennie van der Staaij, nude on a velvet bed")]
    [InlineData("hardcore porn scene, starring Gráinne Ní Fhlatharta")]
    [InlineData("Hauptdarstellerin Almut Kröpelmann, Pornodreh, nackt")]
    [InlineData("Ξανθίππη Μπαλτατζάκη γυμνή στο κρεβάτι, hentai στυλ")]
    [InlineData("anime çizim, Sevgül Karabıyıkoğlu tamamen çıplak, ecchi")]
    [InlineData("Tilde Granqvistén, spetsunderkläder, hotellsäng, sensuell blick")]
    public void Screen_NameWhereItStands_IsStopped(string prompt)
    {
        Assert.NotEqual(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);
        Assert.Equal(Decision.Block, TestScreeners.Default.Screen(prompt, null, "strict").Decision);
    }

    /// <summary>A name never lowers the strict verdict of the same content without it.</summary>
    [Fact]
    public void Screen_StrictLingerie_NameDoesNotLowerTheVerdict()
    {
        var anonymous = TestScreeners.Default.Screen("kvinna, spetsunderkläder, hotellsäng, sensuell blick", null, "strict").Decision;
        var named = TestScreeners.Default.Screen("Tilde Granqvistén, spetsunderkläder, hotellsäng, sensuell blick", null, "strict").Decision;
        Assert.True(named >= anonymous, $"named {named} < anonymous {anonymous}");
    }

    [Theory]
    [InlineData("topless on the beach, Kodak Portra")]
    [InlineData("Fujifilm Superia film, nude torso, grain")]
    [InlineData("Leica Summilux lens, nude on the bed")]
    [InlineData("Santa Monica pier, nude beach goers, 35mm")]
    [InlineData("nude model wearing Mary Jane shoes")]
    [InlineData("Lyra Sternweber, Elfenkriegerin aus meinem Roman, nackt, Fantasy-Kunst")]
    [InlineData("nude sunbathing, Playa del Inglés")]
    [InlineData("nude figure study, charcoal, Huis ten Bosch")]
    public void Screen_LookAlikes_AllowedUnderMature(string prompt) =>
        Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);

    [Theory]
    [InlineData("the model is Hennie van der Staaij, summer collection shoot in the park")]
    [InlineData("Orlagh Trevaskis sprawled on a picnic blanket reading a book")]
    public void Screen_NamesWithNothingSexual_Allowed(string prompt) => ScreeningAssert.AllowsEverywhere(prompt);
}
