using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 28 (i16-sexual32): the adult sexual half `strict` allowed or only reviewed in batch 32, read by mechanism in
/// <see cref="SexualStatements"/>: an oral verb with a partner (new kind <see cref="SexualStatementKinds.Oral"/>); the place
/// between the legs with a lick verb; consent phrases, an erotic massage and an adult film as genre words beside a group-sex
/// word, a happy ending or a position said alone; a red-light window as a place for lingerie; straddling a chair and lying
/// prone as a posed body; a kneeling man with BDSM gear. The look-alikes: a string trio, a sports massage, a film's happy
/// ending, a traffic light, a balloon blown for a wife, a cat licking its paw, a girl astride a horse, keys in the dark.
/// </summary>
public sealed class Sexual32Tests
{
    private const int Nudity = 4;
    private const int Explicit = 6;

    [Theory]
    [InlineData("erotisches Ölgemälde: Frau bläst ihrem bärtigen Liebhaber einen, Kerzenlicht")]
    [InlineData("жінка років тридцяти смокче чоловікові на ліжку")]
    [InlineData("foto, mujer adulta se la chupa a su novio en el coche")]
    [InlineData("yetişkin kadın kocasının aletini yalıyor, yatak odası")]
    public void OralVerb_WithAPartner_IsExplicit(string prompt) => Assert.True(ScreeningAssert.SexualLevel(prompt) >= Explicit, prompt);

    [Theory]
    [InlineData("чоловік років сорока лиже дружині між ніг, вона на дивані")]
    [InlineData("mężczyzna liże żonę między nogami na kanapie")]
    [InlineData("casal de quarentões, ele lambe a cona dela no sofá")]
    public void LickVerb_BetweenTheLegs_IsExplicit(string prompt) => Assert.True(ScreeningAssert.SexualLevel(prompt) >= Explicit, prompt);

    [Theory]
    [InlineData("trío entre adultos que consienten, dos mujeres y un hombre, ático en Barcelona")]
    [InlineData("rızası olan yetişkinler arasında üçlü, iki kadın bir erkek, çatı katı")]
    [InlineData("masaje erótico con final feliz, masajista adulta y cliente")]
    [InlineData("partie fine dans un club libertin, plusieurs couples adultes")]
    [InlineData("Fetischparty, zwei Erwachsene fummeln im Darkroom")]
    [InlineData("cosplay y tá, cô nàng 27 tuổi cưỡi lên bệnh nhân nam trưởng thành, phim người lớn")]
    public void InnocentSexWord_WithConsentMassageOrAdultFilm_IsExplicit(string prompt) => Assert.True(ScreeningAssert.SexualLevel(prompt) >= Explicit, prompt);

    [Theory]
    [InlineData("erotische danseres van 35 in lingerie achter een raam met rood licht op de Wallen")]
    [InlineData("kobieta w czerwonym gorsecie i kabaretkach siedzi okrakiem na krześle")]
    [InlineData("pantat semok pakai G-string, wanita dewasa nungging di tepi kasur")]
    [InlineData("ชุดแลเท็กซ์สีดำ ผู้หญิงวัยสามสิบถือแส้เหยียบผู้ชายที่คุกเข่า")]
    public void LingerieOrGear_PosedPlacedOrWithAKneelingMan_IsNudity(string prompt) => Assert.True(ScreeningAssert.SexualLevel(prompt) >= Nudity, prompt);

    [Theory]
    [InlineData("trío de jazz entre músicos adultos, dos mujeres y un hombre, club de Barcelona")]
    [InlineData("a string trio of adults rehearsing, two women and a man, loft studio")]
    [InlineData("consenting adults signing a medical study form at a hospital desk")]
    [InlineData("Sportmassage in der Physiotherapie-Praxis, Therapeut massiert die Wade eines Läufers")]
    [InlineData("a film with a happy ending, couple walking into the sunset, movie poster")]
    [InlineData("rood licht bij het verkeerslicht op de Wallen, fietsers wachten, regen")]
    [InlineData("Mann bläst seiner Frau einen Luftballon auf, Kindergeburtstag")]
    [InlineData("кіт лиже лапу між ніг на дивані, ранок")]
    [InlineData("dziewczyna siedzi okrakiem na koniu, stadnina, lato")]
    [InlineData("fummelt im Dunkeln am Schlüsselbund, altes Treppenhaus")]
    [InlineData("üçlü koltuk takımı, Cihangir'de bir çatı katı, iç mimari fotoğrafı")]
    [InlineData("anak nungging mencari bola di bawah kursi, ruang tamu")]
    public void LookAlikes_AreAllowed(string prompt) => ScreeningAssert.AllowsEverywhere(prompt);

    [Fact]
    public void OralLevel_NeedsAPartnerAndNoGuard()
    {
        const SexualStatementKinds oral = SexualStatementKinds.Oral, couple = SexualStatementKinds.Couple;
        Assert.Equal(Explicit, SexualStatements.OralLevel(oral, couple, oral | couple));
        Assert.Equal(Explicit, SexualStatements.OralLevel(couple, oral, oral | couple));
        foreach (var guard in (SexualStatementKinds[])[SexualStatementKinds.Thing, SexualStatementKinds.Food, SexualStatementKinds.Animal])
        {
            Assert.Equal(0, SexualStatements.OralLevel(oral, couple, oral | couple | guard));
        }

        Assert.Equal(0, SexualStatements.OralLevel(oral, SexualStatementKinds.Person, oral | SexualStatementKinds.Person)); // licks her lips
        Assert.Equal(0, SexualStatements.OralLevel(oral | couple, SexualStatementKinds.None, oral | couple));
    }
}
