using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// Session 26 (i16-names30): an unlisted full name beside a leaked, paparazzi or secretly taken picture is a real person's
/// (<see cref="ExposedPictures"/>, Rules/Data/exposed-picture-cues.tsv); Vietnamese names read by their shape, a family or
/// middle syllable and a given syllable of the listed names, opening a tag before a term (<see cref="VietnameseGivenNames"/>).
/// </summary>
public sealed class Names30Tests
{
    [Theory]
    [InlineData("leaked nudes of Rebecca Thornbury in a hotel bathroom")]
    [InlineData("Paparazzi-Foto: Helga Brunnhuber nackt am Pool")]
    [InlineData("fotos filtradas de Marisol Escobedo desnuda")]
    [InlineData("uniklé fotky: Jana Procházková nahá u bazénu")]
    [InlineData("слитые фото: Дарья Кузнецова голая в сауне")]
    public void Screen_LikelyNameInAnExposedPicture_Blocks(string prompt)
    {
        foreach (var policy in new[] { "mature", "strict" })
        {
            var verdict = TestScreeners.Default.Screen(prompt, null, policy);
            Assert.Equal(Decision.Block, verdict.Decision);
            Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.RealPersonLikelyExposed);
        }
    }

    [Theory]
    [InlineData("Rebecca Thornbury nude on a sofa, soft light")]
    [InlineData("Jana Procházková nahá u bazénu")]
    public void Screen_LikelyNameWithNoPictureCue_StillReviews(string prompt) => LikelyPersonAssert.ReviewedUnderMatureBlockedUnderStrict(prompt);

    [Theory]
    [InlineData("leaked documents on a desk, film noir lighting")]
    [InlineData("paparazzi crowding a red carpet, flashbulbs, 1950s")]
    [InlineData("fotos filtradas de una playa vacía al amanecer")]
    public void Screen_PictureCueWithNothingSexual_Allowed(string prompt)
    {
        foreach (var policy in new[] { "mature", "strict" })
        {
            Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, policy).Decision);
        }
    }

    [Theory]
    [InlineData("paparazzi photo of a nude woman on a yacht, no face")]
    [InlineData("leaked nude photos aesthetic, anonymous model, film grain")]
    public void Screen_PictureCueWithNoName_AllowedUnderMature(string prompt) =>
        Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);

    [Fact]
    public void ExposedPictures_ReadsCuesOfManyLanguagesAndTheCovertOnes()
    {
        Assert.True(ExposedPictures.Says("läckta bilder"));
        Assert.True(ExposedPictures.Says("عکس لو رفته از"));
        Assert.True(ExposedPictures.Says("流出画像"));
        Assert.True(ExposedPictures.Says("taken secretly"));
        Assert.False(ExposedPictures.Says("a bleak leak-proof bottle")); // "leak-proof" is no "leaked", "bleak" no word start
        Assert.False(ExposedPictures.Says("a photo of the sea"));
    }

    [Theory]
    [InlineData("Lê Hằng khỏa thân trên bãi biển")]
    [InlineData("Phương Oanh khỏa thân nằm nghiêng")]
    [InlineData("tranh sơn mài, Mai Ngọc khỏa thân bên cửa sổ")]
    public void Screen_VietnameseNameShapeBeforeTerm_Reviews(string prompt) => LikelyPersonAssert.ReviewedUnderMatureBlockedUnderStrict(prompt);

    [Theory]
    [InlineData("người mẫu khỏa thân ở Phú Quốc, hoàng hôn")]
    [InlineData("khỏa thân nghệ thuật, phong cách Việt Nam")]
    [InlineData("Mai vàng ngày Tết, người mẫu khỏa thân")]
    public void Screen_VietnamesePlaceOrWordPairs_AllowedUnderMature(string prompt) =>
        Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);

    [Theory]
    [InlineData("Phương Oanh", true)]
    [InlineData("Lê Hằng", true)]
    [InlineData("Mai Ngọc", true)]
    [InlineData("Hà Nội", false)]
    [InlineData("Sài Gòn", false)]
    public void VietnameseGivenNames_IsShape(string pair, bool expected) => Assert.Equal(expected, VietnameseGivenNames.IsShape(pair));
}
