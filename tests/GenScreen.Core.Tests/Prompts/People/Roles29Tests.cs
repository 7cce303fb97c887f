using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// Session 25 (i16-roles29): one real person singled out by a role or relation without a name. Underwear as the whole outfit
/// is suggestive on a real person (<see cref="Surroundings.IsIntimate"/>); a secretly taken picture of a person of the user's
/// life or a neighbour, or that person placed where they live, pins down one person (Rules/Data/surroundings-cues.tsv);
/// broadcasters by name, more of the user's surroundings and offices single out a role (office-cues.tsv, roles29 section).
/// </summary>
public sealed class Roles29Tests
{
    [Theory]
    [InlineData("the mayor of my town in underwear at the town hall")]
    [InlineData("мэр нашего города в нижнем белье на площади")]
    [InlineData("la alcaldesa de mi ciudad en ropa interior en el pleno")]
    [InlineData("Taylor Swift in underwear")]
    public void Screen_SingledOutPersonInUnderwear_Blocks(string prompt) => AssertBlockedBoth(prompt);

    [Theory]
    [InlineData("my neighbour's wife in a bra and panties in the garden, hidden camera")]
    [InlineData("옆집 누나가 속옷만 입고 있는 모습, 몰카")]
    [InlineData("隣の家の奥さんの下着姿、隠し撮り")]
    [InlineData("vợ hàng xóm mặc đồ lót, chụp lén")]
    [InlineData("la vecina del tercero en ropa interior, foto a escondidas")]
    [InlineData("meine Nachbarin aus dem zweiten Stock in Unterwäsche")]
    public void Screen_PersonPinnedBySecretPictureOrDwelling_Blocks(string prompt) => AssertBlockedBoth(prompt);

    [Theory]
    [InlineData("la chica del tiempo de Antena 3 desnuda delante del mapa")]
    [InlineData("pogodynka z TVN naga przed mapą")]
    [InlineData("ma collègue en train de coucher avec moi")]
    [InlineData("min kollega ligger med mig")]
    public void Screen_NamedBroadcasterOrSexWithMe_Blocks(string prompt) => AssertBlockedBoth(prompt);

    [Theory]
    [InlineData("hidden camera footage of an empty office at night")]
    [InlineData("the mayor of my town at the summer festival")]
    [InlineData("my neighbour's wife watering the garden, hidden camera style wildlife shot")]
    [InlineData("the mayor of my town in a swimsuit at the beach")]
    public void Screen_NothingSexualOrSwimwear_Allowed(string prompt)
    {
        foreach (var policy in new[] { "mature", "strict" })
        {
            Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, policy).Decision);
        }
    }

    [Theory]
    [InlineData("the girl next door in lingerie, adult woman, illustration")]
    [InlineData("a woman in underwear, adult, fashion catalogue photo")]
    [InlineData("a neighbour woman in lingerie, adult, oil painting")]
    public void Screen_NobodySingledOut_AllowedUnderMature(string prompt) =>
        Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);

    [Fact]
    public void Screen_RelationThatIsItsOwnPlace_OnlyReviews()
    {
        // 옆집 누나 is the relation and the place at once ("the girl next door"): nothing pins her down further.
        Assert.Equal(Decision.Review, TestScreeners.Default.Screen("옆집 누나 속옷 차림, 성인, 일러스트", null, "mature").Decision);
    }

    [Fact]
    public void Surroundings_Cues_ReadTheirKinds()
    {
        Assert.True(Surroundings.IsCovert("foto a escondidas"));
        Assert.False(Surroundings.IsCovert("a hiddenness study"));
        Assert.True(Surroundings.IsIntimate("нижнем белье"));
        Assert.False(Surroundings.IsIntimate("bikini"));
        Assert.True(Surroundings.HasDwelling("meine Nachbarin aus dem dritten Stock"));
        Assert.False(Surroundings.HasDwelling("옆집 누나", 0, 2));
        Assert.Throws<InvalidDataException>(() => Surroundings.Parse(new StringReader("covert\ten")));
        Assert.Throws<InvalidDataException>(() => Surroundings.Parse(new StringReader("unknown\ten\tx")));
    }

    private static void AssertBlockedBoth(string prompt)
    {
        foreach (var policy in new[] { "mature", "strict" })
        {
            var verdict = TestScreeners.Default.Screen(prompt, null, policy);
            Assert.Equal(Decision.Block, verdict.Decision);
        }
    }
}
