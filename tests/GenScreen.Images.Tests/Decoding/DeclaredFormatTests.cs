using GenScreen.Images.Decoding;

namespace GenScreen.Images.Tests.Decoding;

public sealed class DeclaredFormatTests
{
    [Theory]
    [InlineData("image/png", ImageFormat.Png)]
    [InlineData("IMAGE/JPEG; charset=binary", ImageFormat.Jpeg)]
    [InlineData("image/jpg", ImageFormat.Jpeg)]
    [InlineData("image/webp", ImageFormat.WebP)]
    [InlineData("image/gif", ImageFormat.Gif)]
    [InlineData("text/html", ImageFormat.Unknown)]
    [InlineData("image/bmp", ImageFormat.Unknown)]
    public void FromContentType_MediaType_ReturnsClaimedFormat(string contentType, ImageFormat expected)
    {
        Assert.Equal(expected, DeclaredFormat.FromContentType(contentType));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("application/octet-stream")]
    public void FromContentType_AbsentOrGeneric_ClaimsNothing(string? contentType)
    {
        Assert.Null(DeclaredFormat.FromContentType(contentType));
    }

    [Theory]
    [InlineData("outputs/2025/11/a.PNG", ImageFormat.Png)]
    [InlineData("photo.jpeg", ImageFormat.Jpeg)]
    [InlineData("anim.webp", ImageFormat.WebP)]
    [InlineData("page.html", ImageFormat.Unknown)]
    public void FromFileName_Extension_ReturnsClaimedFormat(string fileName, ImageFormat expected)
    {
        Assert.Equal(expected, DeclaredFormat.FromFileName(fileName));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("blob-without-extension")]
    [InlineData("upload.bin")]
    public void FromFileName_NoOrGenericExtension_ClaimsNothing(string? fileName)
    {
        Assert.Null(DeclaredFormat.FromFileName(fileName));
    }

    [Fact]
    public void DescribeMismatch_AllClaimsAgree_ReturnsNull()
    {
        Assert.Null(DeclaredFormat.DescribeMismatch(ImageFormat.Png, "image/png", "a.png"));
    }

    [Fact]
    public void DescribeMismatch_ExtensionDisagrees_NamesTheExtension()
    {
        var detail = DeclaredFormat.DescribeMismatch(ImageFormat.Jpeg, null, "a.png");

        Assert.NotNull(detail);
        Assert.Contains("a.png", detail, StringComparison.Ordinal);
    }
}
