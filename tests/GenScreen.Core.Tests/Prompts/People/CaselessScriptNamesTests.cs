using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// Names in the scripts without capitals that no list holds (CaselessScriptNames): a public role or an honorific written
/// before them, a Thai nickname or given name of people/script-given-names.json, or two unknown words standing as the
/// subject right before the sexual term of a prompt that names no other person. Ordinary words of those scripts beside
/// adult nudity stay adult content.
/// </summary>
public class CaselessScriptNamesTests
{
    [Theory]
    [InlineData("นักร้อง สมศรี ใจงาม เปลือย")] // Thai role, then given name and family name (Thai runs are looked up whole)
    [InlineData("ดารา ประไพ ภาพโป๊")] // Thai role and one name
    public void Screen_RoleThenNameInThai_BlocksAsARealPerson(string prompt)
    {
        var mature = TestScreeners.Default.Screen(prompt, null, "mature");
        Assert.Equal(Decision.Block, mature.Decision);
        Assert.Contains(mature.Reasons, r => r.Code == ReasonCodes.TermRealPersonHint);
    }

    [Theory]
    [InlineData("คุณสมศรี ใจงาม เปลือย ผู้หญิง")] // คุณ joined to the name
    [InlineData("श्रीमती वर्मा चौहान, नग्न महिला")] // an honorific and two name words (a person word elsewhere)
    [InlineData("גברת לוי כהן, אישה עירומה")] // the same in Hebrew
    [InlineData("แพท สุขสวัสดิ์ ผู้หญิงเปลือย")] // a Thai nickname of the list and a name word after it
    [InlineData("রহিম করিম নগ্ন ছবি")] // two unknown words as the subject of the sexual term (a word after it too)
    [InlineData("ลำดวน ทองดี เปลือย")] // the same in Thai
    [InlineData("דורית אברמוב עירומה")] // and in Hebrew
    public void Screen_HonorificGivenNameOrSubjectName_IsHeldForReview(string prompt)
        => LikelyPersonAssert.ReviewedUnderMatureBlockedUnderStrict(prompt);

    [Theory]
    [InlineData("นางแบบเปลือย ในห้องนอน แสงนุ่ม")] // model nude, in the bedroom, soft light
    [InlineData("ผู้หญิงเปลือย ริมทะเล ภาพวาดสีน้ำมัน")] // nude woman, seaside, oil painting
    [InlineData("นักร้อง เปลือย")] // a role and no name
    [InlineData("นางแบบเปลือย ชื่อ มะลิ")] // "named Mali": ชื่อ is an ordinary word, not a given name read through Latin letters
    [InlineData("নগ্ন মহিলা নদীর ধারে, তেলচিত্র")] // nude woman by the river
    [InlineData("নগ্ন মডেল, স্টুডিও আলো")] // nude model, studio light (ordinary words of the list)
    [InlineData("সুন্দরী নারী নগ্ন ছবি")] // the subject is a person word
    [InlineData("אישה עירומה על החוף, ציור שמן")] // nude woman on the beach
    [InlineData("خانم زیبا برهنه")] // "lady" and an ordinary word: one word after such an honorific is no name
    [InlineData("सुंदर वयस्क महिला नग्न, नरम रोशनी")]
    public void Screen_OrdinaryWordsBesideAdultNudity_StayAdultContent(string prompt)
    {
        var mature = TestScreeners.Default.Screen(prompt, null, "mature");
        Assert.Equal(Decision.Allow, mature.Decision);
        Assert.DoesNotContain(mature.Reasons, r => r.Code is ReasonCodes.RealPersonLikelySexual or ReasonCodes.TermRealPersonHint);
    }

    [Theory]
    [InlineData("นักร้อง สมศรี ใจงาม บนเวที")] // on stage
    [InlineData("রহিম করিম নদীর ধারে")] // by the river
    public void Screen_NamesWithoutSexualContent_AreAllowedUnderStrict(string prompt)
        => Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "strict").Decision);
}
