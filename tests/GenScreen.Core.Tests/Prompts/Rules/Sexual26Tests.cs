using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 24 (i16-sexual26): sexual and nudity wording batch 28 showed unread. Lexicon classes
/// (<c>Lexicons/Data/sexual26/</c>): undressing in progress, no clothes said as a phrase, implied nudity (hands over the
/// breasts), the art nude, striptease and BDSM practice words (nudity now), underwear words; statement kinds
/// (<see cref="GenScreen.Core.Prompts.Rules.SexualStatements"/>): BDSM gear with a submissive partner, only boots or jewellery
/// on, lingerie with a bed. And the look-alikes that must stay allowed: shoes taken off, a comic strip, a cup, a dish.
/// </summary>
public sealed class Sexual26Tests
{
    private const int Nudity = 4;

    private static void BlockedUnderStrict(string prompt) =>
        ScreeningAssert.Decides(Decision.Block, prompt, null, "strict");

    [Theory]
    [InlineData("woman in her thirties getting undressed by the window, candle light")]
    [InlineData("Frau zieht sich aus, Hotelzimmer, Abendlicht")]
    [InlineData("mujer de 40 años quitándose la ropa en el baño")]
    [InlineData("kobieta rozbiera się przed lustrem")]
    [InlineData("женщина раздевается у окна, вечер")]
    [InlineData("otel odasında soyunuyor, yetişkin kadın")]
    [InlineData("زن داره لباساشو درمیاره جلوی آینه")]
    [InlineData("মহিলা আয়নার সামনে ব্লাউজ খুলছে")]
    [InlineData("여자가 침실에서 옷을 벗고 있는 사진")]
    public void UndressingInProgress_IsBlockedUnderStrict(string prompt) => BlockedUnderStrict(prompt);

    [Theory]
    [InlineData("woman on a balcony without any clothes, sunset")]
    [InlineData("Frau am See ohne einen Faden am Leib")]
    [InlineData("mulher na varanda sem roupa nenhuma")]
    [InlineData("žena na louce bez kousku oblečení")]
    [InlineData("امرأة في الحديقة بدون أي ملابس")]
    [InlineData("নদীর ঘাটে মহিলা, গায়ে একটা সুতোও নেই")]
    [InlineData("一丝不挂的女人躺在沙发上")]
    [InlineData("woman covering her breasts with her hands, studio")]
    [InlineData("kobieta zasłania piersi dłońmi, czarne tło")]
    [InlineData("手ブラの女性、スタジオ撮影")]
    [InlineData("Aktmalerei einer liegenden Frau, Öl auf Leinwand")]
    [InlineData("фото в стиле ню, женщина у окна")]
    public void NoClothesImpliedOrArtNude_IsBlockedUnderStrict(string prompt) => BlockedUnderStrict(prompt);

    [Theory]
    [InlineData("woman doing a striptease in a hotel room")]
    [InlineData("žena tančí striptýz v nočním klubu")]
    [InlineData("bdsm scene in a dungeon, adult couple")]
    [InlineData("緊縛、赤い麻縄、和室")]
    public void StripteaseAndBdsmPractice_AreNudity_BlockedUnderStrict(string prompt) => BlockedUnderStrict(prompt);

    [Theory]
    [InlineData("maîtresse en latex avec cravache, soumis en collier à genoux")]
    [InlineData("meesteres met zweep, onderdanige man met halsband")]
    [InlineData("госпожа с плёткой, покорный мужчина в ошейнике")]
    public void Gear_WithASubmissivePartner_IsNudity(string prompt) => Assert.True(SexualLevel.Of(prompt) >= Nudity, prompt);

    [Theory]
    [InlineData("leather dog collar and leash on a hook, submissive puppy")] // an animal
    [InlineData("riding crop and collar, equestrian shop window")] // gear alone stays suggestive
    public void Gear_WithoutASubmissivePartnerOrWithAnAnimal_IsNotNudity(string prompt) => Assert.True(SexualLevel.Of(prompt) < Nudity, prompt);

    [Theory]
    [InlineData("woman on the hood of a car, only wearing cowboy boots")]
    [InlineData("žena jen v kožených kozačkách na pohovce")]
    [InlineData("Frau nur mit High Heels auf dem Sofa")]
    public void OnlyAccessoriesOn_IsNudity(string prompt) => Assert.True(SexualLevel.Of(prompt) >= Nudity, prompt);

    [Theory]
    [InlineData("woman only wearing an apron, kitchen")] // an apron covers the body: suggestive, as before
    public void OnlyACoveringGarment_StaysSuggestive(string prompt) => Assert.True(SexualLevel.Of(prompt) is > 0 and < Nudity, prompt);

    [Theory]
    [InlineData("reife Frau in roter Spitzenwäsche auf dem Bett, verführerischer Blick")]
    [InlineData("情色写真，三十五岁女性穿黑色蕾丝情趣内衣，躺在酒店床上")]
    public void Lingerie_OnABed_IsNudity(string prompt) => Assert.True(SexualLevel.Of(prompt) >= Nudity, prompt);

    [Theory]
    [InlineData("strip the old paint off the wooden chair, restoration tutorial")]
    [InlineData("comic strip about a lazy cat, four panels")]
    [InlineData("er zieht sich die Schuhe aus und stellt sie vor die Tür")]
    [InlineData("akt urodzenia na biurku urzędnika, stara fotografia")]
    [InlineData("Messi domina a bola no meio-campo, foto de jogo")]
    [InlineData("כוס קפה על שולחן עץ, בוקר")]
    [InlineData("玄関で靴を脱いでいる男性")]
    [InlineData("城市上空的烟花，夜景")]
    [InlineData("현관에서 신발을 벗는 남자")]
    [InlineData("only his muddy boots left by the door, rainy cottage")]
    [InlineData("knot tying tutorial with sailing rope on a boat deck")]
    public void LookAlikes_StayAllowed(string prompt) => ScreeningAssert.AllowsEverywhere(prompt);
}
