using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Tests.Prompts.Normalization;

public sealed class CharFoldingTests
{
    [Theory]
    [InlineData("\u0419", "\u0438")] // Cyrillic short i keeps its base letter
    [InlineData("\u00DF", "ss")] // sharp s
    [InlineData("\u0131", "i")] // dotless i
    [InlineData("\uFB01", "fi")] // ligature
    public void FoldSlow_CompatibilityOrAccentedLetter_FoldsToBaseLetters(string input, string expected)
    {
        Assert.Equal(expected, CharFolding.FoldSlow(input));
    }

    [Fact]
    public void FoldSlow_KanaWithVoicingMark_KeepsVoicing()
    {
        // ガ decomposes to カ + combining voicing mark; the mark changes the letter and must survive.
        Assert.Equal("\u30AC", CharFolding.FoldSlow("\u30AC"));
        Assert.NotEqual(CharFolding.FoldSlow("\u30AB"), CharFolding.FoldSlow("\u30AC"));
    }

    [Fact]
    public void Fold_MathematicalBoldLetter_ConsumesSurrogatePairAndWritesAsciiLetter()
    {
        const string boldN = "\uD835\uDC27"; // U+1D427 MATHEMATICAL BOLD SMALL N
        Span<char> output = stackalloc char[18];

        var consumed = CharFolding.Fold(boldN + "x", 0, output, out var written);

        Assert.Equal(2, consumed);
        Assert.Equal("n", new string(output[..written]));
    }
}
