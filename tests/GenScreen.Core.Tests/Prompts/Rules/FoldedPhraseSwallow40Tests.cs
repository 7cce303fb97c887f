using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 40 (from i16-people48): a phrase found only by folding the prompt's accents (Vietnamese <c>Ánh khỏa thân</c>, a name
/// before "naked", folds to <c>ảnh khỏa thân</c>, "nude photo") is another phrase: it must not consume the words inside it, or
/// the nudity word is never read and `strict` lets the nude prompt through.
/// </summary>
public sealed class FoldedPhraseSwallow40Tests
{
    [Theory]
    [InlineData("Ánh khỏa thân trên giường, ánh sáng dịu")]
    [InlineData("Ngọc Ánh khỏa thân bên cửa sổ")]
    public void Screen_NudityInsideAnAccentFoldedPhrase_IsReadUnderStrict(string prompt) =>
        Assert.NotEqual(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "strict").Decision);

    [Fact]
    public void Screen_TheRealPhrase_IsStillRead() =>
        Assert.NotEqual(Decision.Allow, TestScreeners.Default.Screen("ảnh khỏa thân trên giường", null, "strict").Decision);
}
