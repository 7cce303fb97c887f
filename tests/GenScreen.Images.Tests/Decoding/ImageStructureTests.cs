using GenScreen.Images.Decoding;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>The public container walk: what the Content Safety client reads before sending an image.</summary>
public sealed class ImageStructureTests
{
    [Theory]
    [InlineData("quadrants.png", ImageFormat.Png, 64, 32, 1)]
    [InlineData("quadrants-progressive.jpg", ImageFormat.Jpeg, 64, 32, 1)]
    [InlineData("quadrants-lossy.webp", ImageFormat.WebP, 64, 32, 1)]
    [InlineData("animated-12.gif", ImageFormat.Gif, 24, 8, 12)]
    [InlineData("orientation-6.jpg", ImageFormat.Jpeg, 64, 32, 1)] // stored size: orientation is not applied
    public void Inspect_CompleteFile_ReportsFormatDeclaredSizeAndFrames(string file, ImageFormat format, int width, int height, int frames)
    {
        var report = ImageStructure.Inspect(DecodingFixtures.Read(file));

        Assert.Equal(new ImageStructureReport(format, ImageStructureStatus.Complete, null, width, height, frames), report);
        Assert.True(report.HasHeader);
    }

    [Fact]
    public void Inspect_CutFile_TruncatedButKeepsTheHeader()
    {
        var png = DecodingFixtures.Read("quadrants.png");

        var report = ImageStructure.Inspect(png.AsSpan(0, png.Length - 5));

        Assert.Equal((ImageStructureStatus.Truncated, 64L, 32L, 0), (report.Status, report.Width, report.Height, report.FrameCount));
        Assert.Contains("IEND", report.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_Apng_UnsupportedVariant()
    {
        var apng = TestPng.InsertAfterHeader(DecodingFixtures.Read("quadrants.png"), "acTL", [0, 0, 0, 2, 0, 0, 0, 0]);

        var report = ImageStructure.Inspect(apng);

        Assert.Equal((ImageFormat.Png, ImageStructureStatus.UnsupportedVariant), (report.Format, report.Status));
    }

    [Fact]
    public void Inspect_Html_UnknownFormatDescribed()
    {
        var report = ImageStructure.Inspect(DecodingFixtures.Read("html-named.png"));

        Assert.Equal((ImageFormat.Unknown, ImageStructureStatus.UnknownFormat, false), (report.Format, report.Status, report.HasHeader));
        Assert.Contains("text", report.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_CutInsideTheSignature_Truncated()
    {
        Assert.Equal(ImageStructureStatus.Truncated, ImageStructure.Inspect("RIFF\x10\0"u8).Status);
    }
}
