using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 41: a likely real name in a sexual prompt was dropped as a drawn character's by a fiction word that the prompt never
/// wrote (<see cref="FictionalNames"/>): Turkish <c>gibi</c> ("like", listed as Brazilian "comic book"), Greek <c>θέα</c> (a view)
/// folded to the goddess <c>θεά</c>, Vietnamese <c>Ốc</c> folded to <c>oc</c> ("original character"), Portuguese <c>vila</c> (a
/// town) read as Czech <c>víla</c> (a fairy) in a prompt typed with accents. Read in sealed batch 49 after its figures; the names
/// here are invented. The fiction frames themselves still make a character of an unlisted name.
/// </summary>
public sealed class FictionWordFolds41Tests
{
    [Theory]
    [InlineData("Derya Koçyiğit çıplak, eski bir kartpostal gibi")]
    [InlineData("Eleni Papadaki γυμνή στο μπαλκόνι με θέα τη θάλασσα")]
    [InlineData("Ốc Minh Thư khỏa thân trên giường")]
    [InlineData("Juliana Tavares nua na vila, pôr do sol, fotografia")]
    public void AWordFoldedOrBorrowedIntoTheFictionList_KeepsTheName(string prompt) =>
        Assert.Equal(Decision.Review, ScreeningAssert.Screen(prompt, null, "mature").Decision);

    [Theory]
    [InlineData("Eleni Papadaki γυμνή, θεά του Ολύμπου, μυθολογία")] // the goddess, as written
    [InlineData("Sophie Durand nue, fée des bois, aquarelle")]
    [InlineData("Sophie Durand nue, fee des bois, aquarelle")] // a plain keyboard's fairy: no accent anywhere in the prompt
    [InlineData("Derya Koçyiğit çıplak, çizgi roman karakteri")]
    public void AFictionWordAsWritten_StillMakesACharacter(string prompt) =>
        Assert.Equal(Decision.Allow, ScreeningAssert.Screen(prompt, null, "mature").Decision);
}
