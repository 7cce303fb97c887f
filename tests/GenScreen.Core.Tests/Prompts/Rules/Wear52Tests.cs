using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 44 (i16-wear52): suggestive wear said by its parts (<see cref="IntimateFrames.ReadWear"/>, <see cref="SuggestiveWear"/>):
/// a wrap, nightwear, a top or an intimate garment worn alone; a sheer or wet top or nightwear with words between; an intimate
/// garment no lexicon reads in a wearing frame. Beside a named person it is suggestive (stopped under `mature`); without a person,
/// beside a minor word or in a shop, it changes nothing. The names are made up for these tests.
/// </summary>
public sealed class Wear52Tests
{
    [Theory]
    [InlineData("envuelta solo en una toalla blanca", "toalla")] // only … wrap, three words between
    [InlineData("avvolta soltanto da un asciugamano", "asciugamano")]
    [InlineData("τυλιγμένη μόνο με μια πετσέτα", "πετσέτα")] // a Greek stem read in its case form
    [InlineData("na kumot lang ang suot, sa kama", "kumot")] // the "only" word after the wrap
    [InlineData("oblečená jen do pánské košile", "košile")]
    [InlineData("chỉ quấn một chiếc khăn tắm", "khăn tắm")]
    [InlineData("バスタオルだけ、ホテルの部屋", "バスタオル")] // no space between
    [InlineData("بقميص نوم قصير شفاف على السرير", "شفاف")] // sheer after the nightwear, two words between
    [InlineData("con un camisón corto y transparente", "camisón")]
    [InlineData("in a thin white see-through blouse", "blouse")] // sheer + top, adjectives between
    [InlineData("w cienkiej białej prześwitującej bluzce", "bluzce")]
    [InlineData("in wet boxer briefs by the pool", "boxer briefs")] // wet + an intimate garment
    [InlineData("in tight boxer briefs on a hotel bed", "boxer briefs")] // a wearing frame before the garment
    [InlineData("in a jockstrap in the locker room", "jockstrap")]
    [InlineData("en calzoncillos sobre la cama", "calzoncillos")]
    [InlineData("w samych bokserkach na kanapie", "bokserkach")]
    [InlineData("в одних боксерах на кровати", "боксерах")]
    [InlineData("ブリーフ姿でベッドに", "ブリーフ")] // the frame after the garment
    [InlineData("photo prise sous la jupe dans le métro", "jupe")] // under the skirt, one word between
    [InlineData("zdjęcie pod spódniczkę na schodach", "spódniczkę")]
    [InlineData("eteğinin altından çekilmiş gizli fotoğraf", "altından")] // the skirt first, "under" after it
    [InlineData("a cuatro patas en la cama, mirada pícara", "cuatro")] // a posed body beside a bed
    [InlineData("na všech čtyřech na posteli", "čtyřech")]
    [InlineData("de quatro no sofá, olhar safado", "quatro")] // beside a sofa
    public void Wear_IsRead(string prompt, string garment)
    {
        var (level, start, end) = IntimateFrames.ReadWear(prompt);
        Assert.Equal(2, level);
        var at = prompt.IndexOf(garment, StringComparison.Ordinal);
        Assert.True(start <= at && at < end, $"read {start}..{end}: '{(start >= 0 ? prompt[start..end] : "")}'");
    }

    [Theory]
    [InlineData("lingerie catalogue flat lay, boxer briefs on a white background")] // a product shot
    [InlineData("bokserki w paski w sklepie, zdjęcie produktu")] // a shop
    [InlineData("only a towel hanging on the hook, minimalist bathroom, shop display")]
    [InlineData("walking in the rain in a wet red dress")] // wet, but no top, nightwear or underwear
    [InlineData("a white shirt with wet hair, walking the dog")] // the wet word after "with" is another noun's
    [InlineData("the only guest in a white dress at the wedding")] // no wrap, top or underwear
    [InlineData("in a black slip dress at a gala dinner")] // a slip dress is a dress
    [InlineData("in a teddy bear costume at the fair")]
    [InlineData("en caleçon de bain sur la plage")] // swim trunks
    [InlineData("a boxer in the ring before the fight")] // the fighter: no wearing frame before it
    [InlineData("reviewing legal briefs in his office")]
    [InlineData("wet towel on the floor, only the bathroom light on")] // a wrap is no top: wet says nothing
    [InlineData("in a thin white wet shirt after the rain")] // wet with a top alone is weather (IntimateFrames48's look-alike)
    [InlineData("pod širákem v sukni, festival")] // "under the open sky": two words before the skirt
    [InlineData("hiding presents under the Christmas tree skirt")]
    [InlineData("w spódnicy pod parasolem na rynku")] // a skirt under an umbrella: "under" after the skirt only as a postposition
    [InlineData("в юбке под дождём, зонтик")]
    [InlineData("a quattro zampe nell'orto a piantare pomodori")] // on all fours with no bed or sofa
    [InlineData("kriecht auf allen vieren durch den Garten")]
    public void LookAlike_IsNotRead(string prompt) => Assert.Equal(0, IntimateFrames.ReadWear(prompt).Level);

    [Theory]
    [InlineData("in tight boxer briefs on a hotel bed")]
    [InlineData("in a thin white wet shirt clinging to her skin")]
    public void IntimateFrameRead_SkipsTheWearCues(string prompt) => Assert.Equal(0, IntimateFrames.Read(prompt, named: true).Level);

    [Theory]
    [InlineData("Declan Fairbrother in a jockstrap in the locker room, flexing")] // no sexual term but the wear: the name is read beside it
    [InlineData("Iñaki Larrañaga en calzoncillos sobre la cama, mirada seductora")]
    [InlineData("Harriet Lockwood in a thin white see-through blouse, sultry")]
    [InlineData("Ελπίδα Μαυρογιάννη τυλιγμένη μόνο με μια πετσέτα, καθρέφτης μπάνιου")]
    [InlineData("هالة المصري بقميص نوم قصير شفاف على السرير")]
    public void NamedPersonInWear_IsStoppedUnderMature(string prompt)
    {
        var verdict = ScreeningAssert.Screen(prompt, null, "mature");
        Assert.NotEqual(Decision.Allow, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code is "term.real-person-likely" or "term.real-person" or "term.real-person-hint");
    }

    [Theory]
    [InlineData("adult man in a jockstrap in the locker room, flexing")] // an unnamed adult: strict keeps its own rules
    [InlineData("mujer adulta envuelta solo en una toalla blanca")]
    public void UnnamedAdultInWear_DecidesAsBefore(string prompt)
    {
        Assert.Equal(Decision.Allow, ScreeningAssert.Screen(prompt, null, "mature").Decision);
        // The wear read alone adds no sexual severity: strict allows what it allowed before (no policy.sexual reason).
        var strict = ScreeningAssert.Screen(prompt, null, "strict");
        Assert.DoesNotContain(strict.Reasons, r => r.Code == "policy.sexual" && r.Message.Contains("severity 1", StringComparison.Ordinal));
        Assert.Equal(Decision.Allow, strict.Decision);
    }

    [Theory]
    [InlineData("a little boy wrapped only in a towel after his bath, giggling")] // a child: the wear counts for nothing
    [InlineData("Tochter, 6 Jahre, nur mit einem Handtuch nach dem Baden")]
    [InlineData("Callum Ashworth-Reid, a boxer, training in the ring before the fight")]
    [InlineData("Mathis Delacroix en caleçon de bain sur la plage de Biarritz, famille")]
    [InlineData("Serena Gualtieri col vestito bagnato dalla pioggia che corre verso il taxi")]
    [InlineData("Vanessa Tiedke designing boxer briefs for her menswear collection, at her desk")]
    public void InnocentWear_StaysAllowed(string prompt) => Assert.Equal(Decision.Allow, ScreeningAssert.Screen(prompt, null, "mature").Decision);
}
