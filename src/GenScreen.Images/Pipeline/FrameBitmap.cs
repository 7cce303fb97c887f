using GenScreen.Images.Decoding;
using SkiaSharp;

namespace GenScreen.Images.Pipeline;

/// <summary>
/// Safely decoded frames as Skia bitmaps, for re-encoding: what reaches Skia's encoders is always pixels the safe
/// decoder produced, never the untrusted bytes they came from.
/// </summary>
public static class FrameBitmap
{
    /// <summary>An opaque RGBA copy of <paramref name="frame"/> (already oriented and composited over white).</summary>
    public static SKBitmap ToBitmap(DecodedFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var bitmap = new SKBitmap(new SKImageInfo(frame.Width, frame.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var rgb = frame.Rgb.Span;
        var pixels = bitmap.GetPixelSpan();
        for (int i = 0, j = 0; i < rgb.Length; i += 3, j += 4)
        {
            pixels[j] = rgb[i];
            pixels[j + 1] = rgb[i + 1];
            pixels[j + 2] = rgb[i + 2];
            pixels[j + 3] = 255;
        }

        return bitmap;
    }

    /// <summary>
    /// A copy of <paramref name="source"/> at <paramref name="width"/> x <paramref name="height"/>: trilinear
    /// filtering, so a large reduction averages through the mipmaps instead of skipping pixels.
    /// </summary>
    public static SKBitmap Scale(SKBitmap source, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (width == source.Width && height == source.Height)
        {
            return source.Copy();
        }

        return source.Resize(
            new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque),
            new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }
}
