using SkiaSharp;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// Decodes a PNG to tightly packed RGB24 with SkiaSharp for the parity test: unpremultiplied RGBA with no colour-space
/// conversion (as pngjs does), then alpha dropped (as tf.browser.fromPixels does for 3 channels).
/// </summary>
internal static class PngRgbDecoder
{
    public static (byte[] Rgb24, int Width, int Height) Decode(string path)
    {
        using var codec = SKCodec.Create(path) ?? throw new InvalidDataException($"SkiaSharp cannot open {path}.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            throw new InvalidDataException($"SkiaSharp failed to decode {path}: {result}.");
        }

        var rgba = bitmap.GetPixelSpan();
        var rgb = new byte[info.Width * info.Height * 3];
        for (int p = 0, q = 0; p < rgb.Length; p += 3, q += 4)
        {
            rgb[p] = rgba[q];
            rgb[p + 1] = rgba[q + 1];
            rgb[p + 2] = rgba[q + 2];
        }

        return (rgb, info.Width, info.Height);
    }
}
