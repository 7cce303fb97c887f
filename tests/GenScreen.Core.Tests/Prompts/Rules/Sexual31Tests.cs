using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 27 (i16-sexual31): the adult sexual half `strict` allowed or only reviewed in batch 31, read by mechanism in
/// <see cref="GenScreen.Core.Prompts.Rules.SexualStatements"/>: an explicit or erotic genre word (new kind) as the context of a
/// sex word with an innocent sense (a named position, a coupling word, an act or a position said alone); positions named by
/// slang with a partner; lingerie pieces in their inflected forms; one lingerie piece with a seductive word and a fetish shoot;
/// a saree's pallu dropped; 上空 with a body word. The look-alikes: a trumpet played, a pipe smoked, a brooch, a jazz trio, a
/// greyhound, the sky over a city, a groom on a mare.
/// </summary>
public sealed class Sexual31Tests
{
    private const int Nudity = 4;
    private const int Explicit = 6;

    [Theory]
    [InlineData("trío con dos hombres y una mujer de cuarenta años en un hotel, erótico explícito")]
    [InlineData("boquete no banco de trás do carro, casal adulto, explícito")]
    [InlineData("a cuatro patas en el sofá, pareja de treintañeros, explícito")]
    [InlineData("69 של בני זוג בשנות הארבעים על המיטה, ארוטיקה")]
    public void InnocentSexWord_WithAGenreWord_IsExplicit(string prompt) => Assert.True(ScreeningAssert.SexualLevel(prompt) >= Explicit, prompt);

    [Theory]
    [InlineData("en levrette contre la baie vitrée, couple de quadragénaires")]
    [InlineData("odwrócona kowbojka, dorosła blondynka ujeżdża partnera tyłem do kamery")]
    [InlineData("ανάποδη καβαλαρία, ενήλικη γυναίκα καβαλάει τον άντρα της")]
    [InlineData("Ehepaar um die vierzig treibt es auf dem Rücksitz")]
    [InlineData("20대 후반 남녀가 침대에서 서로 애무하는 장면")]
    public void NamedPositionOrCoupling_WithAPartner_IsExplicit(string prompt) => Assert.True(ScreeningAssert.SexualLevel(prompt) >= Explicit, prompt);

    [Theory]
    [InlineData("donna di quarant'anni in reggiseno di pizzo e calze autoreggenti, posa seducente, foto boudoir")]
    [InlineData("kırk yaşında kadın dantel sütyen ve jartiyerli çoraplarla yatakta, baştan çıkarıcı poz")]
    [InlineData("жінка років тридцяти в панчохах із поясом, спокуслива поза, фетиш-фотосесія")]
    [InlineData("35 साल की भाभी काली ब्रा में, पल्लू गिराते हुए, मादक पोज़")]
    [InlineData("巨乳熟女上空坐在海边礁石上")]
    public void LingerieOrExposure_IsNudity(string prompt) => Assert.True(ScreeningAssert.SexualLevel(prompt) >= Nudity, prompt);

    [Theory]
    [InlineData("una coppia suona la tromba in piazza durante la festa del paese")]
    [InlineData("vieux marin à genoux sur le quai qui fume la pipe, photo noir et blanc")]
    [InlineData("broche de prata antigo na lapela do casaco de um casal de noivos")]
    [InlineData("trio jazz con due uomini e una donna in un club di Milano")]
    [InlineData("une levrette afghane avec ses chiots sur la pelouse, couple de propriétaires")]
    [InlineData("城市上空的烟花，春节夜景")]
    [InlineData("शादी में दूल्हा घोड़ी पर बैठा, बारात, ढोल")]
    [InlineData("pareja de ancianos a cuatro patas buscando una lentilla en la alfombra")]
    [InlineData("die Kälte treibt es ins Haus, Winterabend, Kaminfeuer")]
    public void LookAlikes_AreAllowed(string prompt) => ScreeningAssert.AllowsEverywhere(prompt);

    [Theory]
    [InlineData("verführerische Frau in Reizwäsche")]
    [InlineData("seductive woman in lingerie, erotic novel cover")]
    public void OneLingeriePiece_WithASeductiveWordAlone_StaysSuggestive(string prompt) => Assert.Equal(2, ScreeningAssert.SexualLevel(prompt));
}
