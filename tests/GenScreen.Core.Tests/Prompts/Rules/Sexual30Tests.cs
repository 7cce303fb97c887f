using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 26 (i16-sexual30): the adult sexual half `strict` allowed or only reviewed in batch 30, read by mechanism in
/// <see cref="GenScreen.Core.Prompts.Rules.SexualStatements"/>: a BDSM scene by its roles (a dominant role or a kneeling,
/// submissive partner with gear or a bound partner), a sex word with an innocent sense read with partners named (coupling),
/// a lingerie outfit of two pieces with a seductive pose or a boudoir shoot (allure); and the group-sex loan words of
/// <c>Lexicons/Data/sexual30/</c>. The look-alikes: a queen, a trumpet, a seesaw, a triangle, a logistics firm, a circus
/// tamer, a schoolmistress with a necklace, "seductive woman in lingerie" (one piece: suggestive, as the labelled sets hold).
/// </summary>
public sealed class Sexual30Tests
{
    private const int Nudity = 4;
    private const int Explicit = 6;

    [Theory]
    [InlineData("strenge Herrin mit Gerte, gefesselter Mann über vierzig am Andreaskreuz")]
    [InlineData("dominatrice en latex avec un fouet, homme mûr ligoté à genoux devant elle")]
    [InlineData("padrona in latex con frustino, uomo adulto legato e inginocchiato davanti a lei")]
    [InlineData("госпожа в латексе с плетью, связанный мужчина лет сорока")]
    [InlineData("穿皮衣的女王拿着鞭子，被绑起来的四十岁男人跪在地上")]
    [InlineData("가죽 옷을 입은 여왕님이 채찍을 들고, 묶인 40대 남자")]
    [InlineData("Domina mit Peitsche und Halsband, Sklave kniet vor ihr")]
    public void DominantRole_WithGearOrABoundPartner_IsNudity(string prompt) => Assert.True(ScreeningAssert.SexualLevel(prompt) >= Nudity, prompt);

    [Theory]
    [InlineData("Paar in den Vierzigern bumst auf dem Küchentisch, Handykamera")]
    [InlineData("coppia di quarantenni che tromba sul divano, ripresa col telefono")]
    [InlineData("stel van vijftig wipt op de keukentafel")]
    [InlineData("couple de quinquagénaires qui s'envoie en l'air dans un camping-car")]
    [InlineData("3P，两男一女，都四十多岁")]
    [InlineData("Dreier, zwei Frauen und ein Mann, Hotelzimmer")]
    public void CouplingWord_WithPartnersNamed_IsExplicit(string prompt) => Assert.True(ScreeningAssert.SexualLevel(prompt) >= Explicit, prompt);

    [Theory]
    [InlineData("vrouw van 45 in zwarte lingerie en jarretels, verleidelijke pose bij het raam")]
    [InlineData("женщина сорока лет в кружевном белье, пояс и чулки, соблазнительная поза")]
    [InlineData("woman of 40 in a black lace bodysuit and fishnet stockings, seductive pose by the fireplace")]
    public void LingerieOutfit_WithASeductivePose_IsNudity(string prompt) => Assert.True(ScreeningAssert.SexualLevel(prompt) >= Nudity, prompt);

    [Theory]
    [InlineData("थ्रीसम, होटल का कमरा, लाल रोशनी")]
    [InlineData("suruba num clube de swing")]
    [InlineData("Chơi some ba người trong khách sạn")]
    [InlineData("plan à trois dans une chambre d'hôtel")]
    public void GroupSexLoanWords_AreExplicit(string prompt) => Assert.True(ScreeningAssert.SexualLevel(prompt) >= Explicit, prompt);

    [Theory]
    [InlineData("女王がティアラと王笏を持つ肖像画、戴冠式")]
    [InlineData("여왕님이 왕관을 쓰고 왕좌에 앉아 있는 동화 삽화")]
    [InlineData("suonatore di tromba in una banda di paese, festa patronale")]
    [InlineData("kinderen op de wip in de speeltuin, zonnige dag")]
    [InlineData("trójkąt równoboczny na tablicy, lekcja geometrii")]
    [InlineData("3P物流公司的仓库，叉车和货架")]
    [InlineData("Dompteur mit Peitsche in der Manege, Zirkusplakat um 1900")]
    [InlineData("jockey with a riding crop on a bay horse, racecourse at dawn")]
    [InlineData("la maîtresse d'école porte un collier, salle de classe")]
    [InlineData("SM size leather jacket on a mannequin, shop window")]
    [InlineData("děda kouří dýmku na lavičce před chalupou")]
    [InlineData("acrobate qui s'envoie en l'air au trapèze volant, cirque d'hiver")]
    [InlineData("couple banging on the door of a flat, rainy night")]
    [InlineData("Ehepaar um die fünfzig im Wohnwagen beim Frühstück, Urlaubsfoto")]
    [InlineData("jazz trio of two men and a woman singer in a smoky club")]
    public void LookAlikes_AreAllowed(string prompt) => ScreeningAssert.AllowsEverywhere(prompt);

    [Theory]
    [InlineData("verführerische Frau in Reizwäsche")]
    [InlineData("соблазнительная женщина в кружевном белье")]
    public void OneLingeriePiece_WithASeductiveWord_StaysSuggestive(string prompt) => Assert.Equal(2, ScreeningAssert.SexualLevel(prompt));
}
