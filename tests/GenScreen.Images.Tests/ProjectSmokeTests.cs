using SkiaSharp;

namespace GenScreen.Images.Tests;

/// <summary>The native image codec loads on this platform (SkiaSharp's Linux assets ship with the app).</summary>
public sealed class ProjectSmokeTests
{
    [Fact]
    public void Skia_EncodeAndDecodePng_RoundTripsPixels()
    {
        using var bitmap = new SKBitmap(4, 3);
        bitmap.SetPixel(1, 2, new SKColor(10, 20, 30));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);

        using var decoded = SKBitmap.Decode(data);

        Assert.Equal(4, decoded.Width);
        Assert.Equal(new SKColor(10, 20, 30), decoded.GetPixel(1, 2));
    }
}
