using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 42 (i16-cjk50): <see cref="CjkSubjectlessNames"/>, the last-resort reading of a real person named in Chinese (simplified
/// and traditional), Japanese or Korean. A sexual prompt with no person word (or only the partner of a with-frame: 和男人, 男と,
/// 남자와), no adult or minor marker and no name any reader took is about the piece in a name slot: reviewed under `mature` (never
/// blocked on that alone), blocked under `strict`. Its look-alikes (places, styles, garments, person words, a model described,
/// a Korean noun for a person's work) stay allowed under `mature`. Base 21dd0ddc allowed every prompt of the first theory.
/// </summary>
public sealed class CjkSubjectlessNames50Tests
{
    [Theory]
    [InlineData("帮我画一张侯静怡穿情趣内衣躺在床上的图")] // a lead-in, then the name before what its subject does
    [InlineData("在浴室里跟邱晓雯一起洗澡，全裸")] // the partner named after 跟 inside the run
    [InlineData("【鞏雅琳】全裸自拍，镜子")] // a tag of its own in 【】, traditional family 鞏 folded to 巩
    [InlineData("迪丽古娜全裸躺在沙发上")] // a four-character minority name
    [InlineData("ベッドの上で全裸のアオイ、薄暗い")] // a katakana stage name closing the run after の
    [InlineData("浴衣がはだけた胸の大森千里、夏祭り")] // a kanji full name closing the run
    [InlineData("비키니를 벗은 상반신 누드의 쿵야")] // a Korean handle after a modifier in the sexual term's tag
    [InlineData("전라로 침대에 누운 자세를 한 삐약이")] // after the one-syllable modifier 한
    public void OnlySubjectIsAnUnreadCjkName_IsReviewedUnderMature(string prompt)
    {
        var verdict = ScreeningAssert.Screen(prompt, null, "mature");
        Assert.NotEqual(Decision.Allow, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "term.real-person-likely");
        ScreeningAssert.Decides(Decision.Block, prompt, null, "strict");
    }

    [Theory]
    [InlineData("長谷川奈央が男とセックスしている流出動画")] // the man is the partner: the named one is the other
    [InlineData("다희, 남자와 섹스 중, 유출 영상")]
    public void PartnerFrame_NamesTheOther(string prompt)
    {
        var verdict = ScreeningAssert.Screen(prompt, null, "mature");
        Assert.NotEqual(Decision.Allow, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "term.real-person-likely");
    }

    [Theory]
    [InlineData("三亚海滩上全裸，夕阳，写实")] // a place
    [InlineData("工笔画，仕女酥胸半露，汉服")] // a style and a garment
    [InlineData("高跟鞋和黑丝袜，全裸跪在床上")] // a garment word opening with a family character
    [InlineData("旗袍半解，躺在红木床上，全裸")]
    [InlineData("渋谷のラブホテルで全裸、リアル写真")] // a district
    [InlineData("浮世絵風の春画、全裸")] // a style
    [InlineData("温泉で全裸、湯気、タオルなし")]
    [InlineData("ヌードモデルのさくら、油絵")] // a model described, a hiragana word
    [InlineData("강남 호텔 방에서 알몸, 실사")] // a district, a photo word
    [InlineData("유화, 누드, 해변, 노을")] // one-word tags of style and place
    [InlineData("한복을 풀어헤친 누드, 수채화")]
    [InlineData("우체부가 부엌에서 차를 마시고 나서 침대에서 알몸, 노골적인 야한 장면")] // a noun for a person's work
    [InlineData("결혼 40주년 노부부의 포옹, 부드러운 파스텔화, 알몸")] // a painting style after a modifier
    [InlineData("女人和男人在床上做爱")] // person words, no partner frame alone
    [InlineData("男と女がベッドでセックス")]
    [InlineData("남자와 여자가 섹스하는 장면")]
    [InlineData("老婆和男人在车里做爱")] // a relation word, no name
    public void LookAlikes_StayAllowedUnderMature(string prompt) => ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");

    [Fact]
    public void ChildRite_LeavesTheWordToTheMinorsReaders() =>
        ScreeningAssert.Decides(Decision.Block, "돌잡이 상 앞에서 연필을 집어 든 순간, 색동 한복, 알몸", null, "mature");

    [Theory]
    [InlineData("侯静怡穿着白裙子在公园散步")] // no sexual content: the rule never runs
    [InlineData("ベッドの上で眠るアオイ、薄暗い")]
    public void WithoutSexualContent_NothingIsRead(string prompt) => ScreeningAssert.Decides(Decision.Allow, prompt, null, "strict");
}
