using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 42 (i16-caseless50): <see cref="CaselessSubjectlessNames"/>, the last-resort reading of a real person in Arabic,
/// Persian, Hebrew, Devanagari, Bengali and Thai script. A sexual prompt with no person word, no adult or minor marker and no name
/// any reader took is about its only run of two or three unknown words that stands where a subject stands (the prompt's or a
/// clause's first words, a tag of its own, after "a picture of / in which", the end of a verb-final clause), a kunya or lineage
/// name, a name before a post-honorific, or a Thai title joined to a nickname: reviewed under `mature` (never blocked on that
/// alone), blocked under `strict`. The names are invented for these tests. Look-alikes (places, brands, garments, bodies, a man
/// or a woman as the subject, an age, a drawn frame, two unknown runs) stay allowed under `mature`.
/// </summary>
public sealed class CaselessSubjectlessNames50Tests
{
    [Theory]
    [InlineData("رزان بن سليمان على يخت فاخر، عارية الصدر")] // a lineage name first in the prompt, the term in a later tag (بنت is also "girl": the minors readers take it)
    [InlineData("صورة مثيرة، رغد بن حمودة، بدون ملابس")] // a lineage name as a tag
    [InlineData("बिट्टू जी होटल के कमरे में नंगे लेटे हुए")] // a name before the post-honorific जी
    [InlineData("ঝুমা দি হোটেলের বাথরুমে নগ্ন")] // a name before the post-honorific দি
    [InlineData("อาจารย์ต้อม เปลือยกายในห้องนอน")] // a Thai title joined to a nickname
    public void OnlySubjectIsAnUnreadName_IsReviewedUnderMature(string prompt)
    {
        var verdict = ScreeningAssert.Screen(prompt, null, "mature");
        Assert.NotEqual(Decision.Allow, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code is "term.real-person-likely" or "term.real-person");
        ScreeningAssert.Decides(Decision.Block, prompt, null, "strict");
    }

    [Theory]
    [InlineData("גבר קשיש בן שמונים בסאונה, עירום, ריאליסטי")] // an age after בן, and a man
    [InlineData("קשיש בן שמונים בסאונה, עירום, ריאליסטי")] // an age after בן: no lineage
    [InlineData("عارية على شاطئ جزيرة ياس، إضاءة الغروب")] // a place after its head
    [InlineData("عکس اروتیک در بندر انزلی، لباس زیر توری")] // a port's name
    [InlineData("צילום ארוטי בזכרון יעקב, הלבשה תחתונה שחורה")] // a town after the joined "in"
    [InlineData("मरीन ड्राइव, रात, सेक्सी ड्रेस")] // a place as a tag
    [InlineData("นางเงือกเปลือยอกนั่งบนโขดหิน ภาพแฟนตาซี")] // a drawn frame
    [InlineData("ครูโยคะ เปลือยกายในสตูดิโอ")] // a title before an ordinary noun (a yoga teacher)
    [InlineData("منحوتة رخامية لعاشقين متعانقين، عارية")] // a noun and its agreeing adjective (a marble sculpture)
    [InlineData("تمثال برونزي لرجل في الخمسين من العمر، عاري")] // an age (of age)
    public void LookAlikes_StayAllowedUnderMature(string prompt) => ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");

    [Theory]
    [InlineData("أبو سلطان المهيري يشرب القهوة في المقهى")] // no sexual content: the rule never runs
    public void WithoutSexualContent_NothingIsRead(string prompt) => ScreeningAssert.Decides(Decision.Allow, prompt, null, "strict");
}
