using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Sexual phrasing beyond single nouns (Data/phrasing/*.json): Korean exposure and undressing phrases, Japanese
/// 丸出し and 服を脱いだ, Chinese 光着身子, Vietnamese lộ ngực; and the innocent uses of the same words (camera exposure,
/// bare trees, figurative 丸出し) that must stay innocent.
/// </summary>
public class SexualPhrasingTests
{
    [Theory]
    [InlineData("여자, 엉덩이 노출, 침대")]
    [InlineData("여성 상반신 노출 사진")]
    [InlineData("여자, 가슴이 보이게, 침대")]
    [InlineData("여자 옷을 다 벗은 채로 소파에")]
    [InlineData("여자 속옷 벗고 누워있는")]
    [InlineData("여자 야한 화보 촬영")]
    [InlineData("女性 お尻丸出し")]
    [InlineData("女性が服を全部脱いだ姿")]
    [InlineData("女人光着身子躺在床上")]
    [InlineData("cô gái lộ ngực trên giường")]
    public void Screen_SexualPhrasing_IsNudityUnderStrict(string prompt)
    {
        // Adults: allowed under mature, blocked under strict only if the phrase reads as nudity.
        Assert.Equal(Decision.Block, TestScreeners.Default.Screen(prompt, null, "strict").Decision);
        Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);
    }

    [Theory]
    [InlineData("노출 보정한 풍경 사진")] // camera exposure
    [InlineData("장노출 폭포 사진")] // long exposure
    [InlineData("노출 콘크리트 카페 인테리어")] // exposed concrete
    [InlineData("껍질 벗은 양파 요리")] // a peeled onion
    [InlineData("田舎丸出しの風景")] // figurative: blatantly rural
    [InlineData("赤裸裸的真相 海报")] // figurative: the naked truth
    [InlineData("lô hàng cà phê ở cảng")] // a shipment of coffee
    public void Screen_InnocentLookAlikes_Allow(string prompt)
        => Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "strict").Decision);

    [Theory]
    [InlineData("Taylor Swift 엉덩이 노출")]
    [InlineData("Taylor Swift 야한 자세")]
    public void Screen_SexualPhrasing_BesideARealPerson_Blocks(string prompt)
        => Assert.Equal(Decision.Block, TestScreeners.Default.Screen(prompt, null, "mature").Decision);
}
