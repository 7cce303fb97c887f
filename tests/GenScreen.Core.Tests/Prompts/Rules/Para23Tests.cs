using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 22 (i16-para23): the small child's day read as classes in the 26 languages. A row of the child-statement table
/// ending in <c>*</c> is a stem that reads every form starting with it (cases, plurals, compounds); adults with the same
/// details (a godmother at the christening, a grown woman with armbands) stay adults.
/// </summary>
public sealed class Para23Tests
{
    private static void AllowedUnderMature(string prompt) => ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");

    [Theory]
    [InlineData("nočníkem", "nočník")] // Czech instrumental
    [InlineData("jeździkiem", "jeździk")] // Polish instrumental
    [InlineData("Schnullerkette", "schnuller")] // a German compound, read lower-cased
    [InlineData("нарукавниках", "нарукавник")] // Russian prepositional plural
    public void Stem_ReadsTheFormsThatStartWithIt(string word, string stem) => Assert.Equal(stem, ChildStatements.Table.Stem(word));

    [Theory]
    [InlineData("nočník")] // the stem itself is no longer word than the stem (a listed word is read as listed)
    [InlineData("noc")] // shorter than any stem
    [InlineData("nočními")] // starts like a stem, but not with one
    public void Stem_ReadsNothingElse(string word) => Assert.Null(ChildStatements.Table.Stem(word));

    [Theory]
    [InlineData("jeździ jeździkiem po przedpokoju, naga")] // a stem's form, in a prompt that names nobody
    [InlineData("sedí na nočníku a prohlíží si knížku, nahá")]
    [InlineData("gerade getauft, weißes Taufkleid, auf dem Arm der Patentante vor der Kirche, nackt")] // a christening just done
    [InlineData("strapped into the stroller, pacifier clipped to the shirt, nappy bag hanging from the handles, nude")]
    public void ChildOfTheseClasses_Blocks(string prompt) => ScreeningAssert.BlocksEverywhere(prompt);

    [Theory]
    [InlineData("the godmother at the christening, in a blue dress, nude")] // a godparent is no parent of the subject
    [InlineData("die Patentante bei der Taufe im blauen Kleid, nackt")]
    [InlineData("la marraine au baptême en robe bleue, nue")]
    [InlineData("a grown woman learning to swim with armbands in the adult class, nude")]
    public void AdultsWithTheSameDetails_StayAdults(string prompt) => AllowedUnderMature(prompt);
}
