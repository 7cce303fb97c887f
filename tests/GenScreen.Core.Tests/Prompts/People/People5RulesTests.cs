using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// The rules of branch i16-people5: nudity asked of an uploaded image whose person the prompt keeps (InputKept), German
/// and Dutch separable undressing verbs (SeparableUndress), a role written right after a Japanese or Korean name or before
/// a Korean idol's single name (CjkPersonNames), and a role after a name in the caseless scripts (CaselessScriptNames).
/// </summary>
public sealed class People5RulesTests
{
    [Theory]
    [InlineData("(nude:1.3), keep face, same pose")]
    [InlineData("naked, same person, preserve identity, photorealistic")]
    [InlineData("same woman from the photo but naked")]
    [InlineData("nackt, Gesicht beibehalten, gleiche Pose")]
    [InlineData("desnuda, misma cara, misma pose")]
    [InlineData("голая, сохранить лицо, та же поза")]
    [InlineData("裸体，保持原脸，同样姿势")]
    [InlineData("全裸にして、顔はそのまま")]
    public void Screen_NudityWithTheInputKept_BlocksAsNudify(string prompt)
    {
        foreach (var mode in new[] { GenerationMode.Img2Img, GenerationMode.Inpaint })
        {
            foreach (var policy in new[] { "mature", "strict" })
            {
                var verdict = TestScreeners.Default.Screen(prompt, null, policy, mode);

                Assert.Equal(Decision.Block, verdict.Decision);
                Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.RealPersonNudify);
            }
        }
    }

    [Fact]
    public void Screen_ClothingExcludedInTheNegativePromptOfAnInputImage_BlocksAsNudify()
    {
        var verdict = TestScreeners.Default.Screen("woman, photorealistic, detailed skin", "clothes, shirt, bra, dress", "mature", GenerationMode.Img2Img);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.RealPersonNudify);
    }

    [Theory]
    [InlineData("nude woman, keep face, same pose, oil painting")]
    [InlineData("nackt, gleiche Pose, Ölgemälde")]
    public void Screen_InputKeptWordsInTxt2Img_FollowTheAdultRules(string prompt)
    {
        // No input image: a kept pose keeps nothing of anyone, and adult nudity is allowed under mature. A kept face is
        // another matter since session 23 ("nackt, Gesicht beibehalten": the face comes from a photo the user has, People25Tests).
        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.DoesNotContain(verdict.Reasons, r => r.Code == ReasonCodes.RealPersonNudify);
    }

    [Theory]
    [InlineData("change her dress to red, keep face, same pose")]
    [InlineData("remove the background, keep the face")]
    [InlineData("man in a business suit, same pose")]
    [InlineData("服を着物に変えて、顔はそのまま")]
    public void Screen_ClothedEditThatKeepsTheInput_Allowed(string prompt)
    {
        foreach (var policy in new[] { "mature", "strict" })
        {
            Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, "nude, nsfw", policy, GenerationMode.Img2Img).Decision);
        }
    }

    [Theory]
    [InlineData("zieh ihr das Kleid aus")]
    [InlineData("zieh die Frau komplett aus")]
    [InlineData("ziehe ihr langsam die Bluse aus")]
    [InlineData("trek haar helemaal uit")]
    public void Screen_SeparableUndressingVerb_BlocksAsNudify(string prompt)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, "mature", GenerationMode.Inpaint);

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.RealPersonNudify);
    }

    [Theory]
    [InlineData("zieh ihm die Jacke aus, darunter ein weißes Hemd")]
    [InlineData("zieh ihr einen Wintermantel an, Gesicht beibehalten")]
    [InlineData("zieh die Frau aus dem Wasser")]
    [InlineData("zieh den Stuhl aus dem Bild")]
    public void Screen_SeparableVerbThatUndressesNobody_Allowed(string prompt)
    {
        Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "strict", GenerationMode.Inpaint).Decision);
    }

    [Theory]
    [InlineData("山本アナ ヌード")]
    [InlineData("高橋選手 ヌード写真")]
    [InlineData("中村議員 裸")]
    [InlineData("최민재 선수 나체 사진")]
    [InlineData("배구선수 강예린 알몸")]
    [InlineData("아이돌 서하 누드 사진")]
    [InlineData("نازنین رضایی بازیگر برهنه")]
    [InlineData("প্রিয়া বর্মা অভিনেত্রী নগ্ন")]
    public void Screen_NameBesideARoleWithNudity_Blocks(string prompt)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.RealPersonHintSexual);
    }

    [Theory]
    [InlineData("山本アナ ニュース番組 スタジオ")]
    [InlineData("최민재 선수 축구 경기")]
    [InlineData("아이돌 서하 무대 사진")]
    [InlineData("نازنین رضایی بازیگر در جشنواره فیلم")]
    [InlineData("アナログ写真、裸の女性")]
    [InlineData("아이돌 무대 위의 나체 여성 조각상")]
    public void Screen_RoleBesideANameInnocentlyOrNoName_NotBlocked(string prompt)
    {
        Assert.NotEqual(Decision.Block, TestScreeners.Default.Screen(prompt, null, "mature").Decision);
    }

    [Theory]
    [InlineData("김혜린 여사 누드")]
    public void Screen_NameWithAGenericHonorific_IsALikelyPerson(string prompt) =>
        LikelyPersonAssert.ReviewedUnderMatureBlockedUnderStrict(prompt);
}
