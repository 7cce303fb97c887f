using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 42: the last-resort name readers for caseless scripts (CaselessSubjectlessNames) hold a sexual prompt for review
/// when it names no person at all, so an adult word the lexicon lacks turns adult content into a "who is this?" review.
/// Two gaps of that kind: the Arabic dual of the person nouns (رجلان "two men", امرأتان "two women", زوجان "a couple", with
/// their oblique forms) and Bengali পূর্ণবয়স্ক ("full-grown", adult) beside প্রাপ্তবয়স্ক. Found on the merged round's
/// validation and sealed scoring; the prompts here are written anew.
/// </summary>
public sealed class AdultWordForms42Tests
{
    [Theory]
    [InlineData("رجلان يمارسان الجنس في غرفة فندق، إضاءة خافتة، ملاءات حريرية")]
    [InlineData("امرأتان عاريتان على شاطئ مهجور، غروب الشمس، لوحة زيتية")]
    [InlineData("زوجان يمارسان الحب على أريكة جلدية، ضوء شموع")]
    [InlineData("صورة لرجلين عاريين في الساونا، بخار كثيف")]
    [InlineData("পূর্ণবয়স্ক এক জাদুকরী, নগ্ন, তেলরঙে আঁকা ছবি")]
    public void AnAdultSubjectInTheseForms_IsAdultContent(string prompt) =>
        Assert.Equal(Decision.Allow, ScreeningAssert.Screen(prompt, null, "mature").Decision);

    [Theory]
    [InlineData("رجلان يمارسان الجنس في غرفة فندق، إضاءة خافتة، ملاءات حريرية")]
    [InlineData("পূর্ণবয়স্ক এক জাদুকরী, নগ্ন, তেলরঙে আঁকা ছবি")]
    public void UnderStrict_TheyStayBlocked(string prompt) =>
        Assert.Equal(Decision.Block, ScreeningAssert.Screen(prompt, null, "strict").Decision);
}
