using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// Session 33 (i16-namescjk41): Japanese, Chinese and Korean names no list holds, read by their shape where the clause's
/// person stands: a kanji full name of an ipadic family name and two or three naming kanji (JapaneseNameShapes), a Chinese
/// name after 着 ending the clause, before 对着 or right before the sexual term (HanShortNames, with CC-CEDICT's words after
/// a family character refused), a Korean name of one naming syllable or a family syllable and one more as the head of a
/// phrase (KoreanNameShapes). The names are invented for these tests. Look-alikes: the same frames with an anonymous adult,
/// compounds that open with a family character or syllable, occupations, and the names with nothing sexual.
/// </summary>
public sealed class NamesCjk41Tests
{
    [Theory]
    [InlineData("露天風呂で全裸の久保田沙也那、湯けむり")]
    [InlineData("下着姿の坂口莉緒、ラブホテル")]
    [InlineData("湿透的睡裙紧贴着梁筱，里面什么都没穿")]
    [InlineData("酒店里，梁筱一丝不挂")]
    [InlineData("韦思琪对着镜子全裸自拍")]
    [InlineData("샤워하는 명소율, 아무것도 안 입음")]
    [InlineData("노천탕에서 알몸인 봉순, 수증기")]
    public void Screen_UnlistedCjkName_IsStoppedUnderMature(string prompt) =>
        Assert.NotEqual(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);

    [Theory]
    [InlineData("露天風呂で全裸の女性、湯けむり")]
    [InlineData("春夏秋冬の裸婦、油絵")]
    [InlineData("車椅子の裸婦像、大理石")]
    [InlineData("戴着项链，全裸的女人")]
    [InlineData("穿着白纱，全裸的女人")]
    [InlineData("抱着枕头，全裸的女人")]
    [InlineData("제주도 해변에서 알몸인 여자")]
    [InlineData("은퇴한 어부, 부두에서 알몸")]
    [InlineData("알몸인 여인, 노천탕")]
    [InlineData("산림 경비원, 알몸, 에로틱")]
    [InlineData("장미꽃 위에 누운 나체 여인")]
    public void Screen_LookAlike_AllowedUnderMature(string prompt) =>
        Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);

    [Theory]
    [InlineData("久保田沙也那がカフェでコーヒーを飲む")]
    [InlineData("梁筱在图书馆看书")]
    [InlineData("명소율이 카페에서 책을 읽는 모습")]
    public void Screen_NameWithNothingSexual_Allowed(string prompt) => ScreeningAssert.AllowsEverywhere(prompt);
}
