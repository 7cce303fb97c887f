using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// An office singled out by a country, a broadcaster or current/former, in each language's own word order
/// (<see cref="OfficeHolders"/>): with nudity a real-person hint that blocks; the office alone, or beside an
/// invented place (the queen of the elves), stays adult content.
/// </summary>
public class OfficeHoldersTests
{
    [Theory]
    [InlineData("現在のフランスの大統領 全裸")] // ja: current + country + の + president
    [InlineData("元イギリス首相 ヌード")] // ja: former (one character, right against the country) + prime minister
    [InlineData("ประธานาธิบดีคนปัจจุบันของเกาหลีใต้ เปลือย")] // th: president + current + of + South Korea
    [InlineData("ราชินีแห่งเดนมาร์ก ภาพเปลือย")] // th: queen of Denmark
    [InlineData("נשיאת גרמניה לשעבר עירומה")] // he: construct state, former after
    [InlineData("ראש הממשלה הנוכחית של איטליה עירומה")] // he: of-phrase with של
    [InlineData("ملكة إسبانيا عارية")] // ar: construct state
    [InlineData("نخست وزیر فعلی ژاپن برهنه")] // fa: ezafe order
    [InlineData("जापान के प्रधानमंत्री नग्न")] // hi: postposition
    [InlineData("ফ্রান্সের রাষ্ট্রপতি নগ্ন")] // bn: genitive suffix on the country
    [InlineData("현 프랑스 대통령 누드")] // ko: current, country, president
    [InlineData("法国现任总统 裸体")] // zh
    [InlineData("prezydent Francji nago")] // pl: genitive of Francja through the stem
    [InlineData("nuvarande drottningen av Norge naken")] // sv
    [InlineData("tổng thống Pháp khỏa thân")] // vi, country after the office
    [InlineData("mantan presiden Filipina telanjang")] // id
    [InlineData("ex CEO of Tesla, naked")] // en: a modifier without an article
    [InlineData("מגישת החדשות של ערוץ 13 עירומה")] // he: a broadcaster word
    [InlineData("ผู้ประกาศข่าวช่อง 7 เปลือย")] // th: news anchor of channel 7
    [InlineData("ニュースキャスター NHK ヌード")] // an acronym beside the office
    public void Screen_OfficeSingledOut_WithNudity_Blocks(string prompt)
    {
        var mature = TestScreeners.Default.Screen(prompt, null, "mature");
        Assert.Equal(Decision.Block, mature.Decision);
        Assert.Contains(mature.Reasons, r => r.Code == ReasonCodes.TermRealPersonHint);
    }

    [Theory]
    [InlineData("エルフの女王 全裸")] // an invented realm
    [InlineData("ราชินีแห่งป่า เปลือย")] // queen of the forest
    [InlineData("woman dressed as a queen, nude, fantasy")]
    [InlineData("여왕 코스프레 누드, 판타지")] // a queen costume
    [InlineData("nude elf queen NSFW fantasy art")] // jargon acronym is no broadcaster
    public void Screen_OfficeOfNoRealPlace_WithNudity_StaysAdultContent(string prompt)
    {
        var mature = TestScreeners.Default.Screen(prompt, null, "mature");
        Assert.Equal(Decision.Allow, mature.Decision);
    }

    [Theory]
    [InlineData("現在の日本の首相、記者会見")]
    [InlineData("נשיא צרפת לשעבר נואם")]
    [InlineData("the former president of Brazil at a summit")]
    public void Screen_OfficeSingledOut_Innocently_Allows(string prompt)
        => Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "strict").Decision);

    [Fact]
    public void Screen_OfficeAndCountryInDifferentClauses_DoNotCombine()
    {
        // "queen" in one clause, the country in another: a fantasy queen on a trip, not Spain's queen.
        var mature = TestScreeners.Default.Screen("nude elf queen. Spain coast", null, "mature");
        Assert.Equal(Decision.Allow, mature.Decision);
    }
}
