using GenScreen.Images.Tests.Gif;
using SkiaSharp;

namespace GenScreen.Images.Tests.Pipeline;

/// <summary>
/// Animated GIFs built from real photographs and drawings (the skimage samples): each picture resized with
/// SkiaSharp, reduced to its own 256-colour table by <see cref="MedianCutQuantizer"/> and written whole as one
/// frame by <see cref="Gif89aWriter"/>, so what the classifier sees in a frame is that picture.
/// </summary>
internal static class TestAnimations
{
    /// <summary>Display time of every frame, in GIF's 1/100 s units.</summary>
    public const int FrameDelayCentiseconds = 10;

    /// <param name="framePaths">One PNG per frame, in order; each is resized to <paramref name="size"/> x <paramref name="size"/>.</param>
    public static byte[] Gif(IReadOnlyList<string> framePaths, int size = 256)
    {
        ArgumentOutOfRangeException.ThrowIfZero(framePaths.Count);
        // A picture repeated across frames is resized and quantized once.
        var indexed = new Dictionary<string, IndexedImage>(StringComparer.Ordinal);
        var frames = new List<GifFrame>(framePaths.Count);
        foreach (var path in framePaths)
        {
            if (!indexed.TryGetValue(path, out var picture))
            {
                picture = MedianCutQuantizer.Quantize(ResizedRgb(path, size));
                indexed[path] = picture;
            }

            frames.Add(new GifFrame(picture.Palette, picture.Indices, FrameDelayCentiseconds));
        }

        return Gif89aWriter.Write(size, size, frames);
    }

    /// <summary><paramref name="count"/> frames of <paramref name="background"/>, with <paramref name="other"/> at the given indices.</summary>
    public static byte[] Gif(string background, string other, int count, IEnumerable<int> otherAt, int size = 256)
    {
        var at = otherAt.ToHashSet();
        return Gif([.. Enumerable.Range(0, count).Select(i => at.Contains(i) ? other : background)], size);
    }

    /// <summary>
    /// The picture at <paramref name="path"/> as RGB24, <paramref name="size"/> x <paramref name="size"/>: decoded to
    /// premultiplied RGBA (grey and palette files too), resized with Catmull-Rom cubic filtering, composited over white.
    /// </summary>
    public static byte[] ResizedRgb(string path, int size)
    {
        using var codec = SKCodec.Create(path) ?? throw new InvalidOperationException($"Skia cannot read {path}.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var original = new SKBitmap(info);
        var result = codec.GetPixels(info, original.GetPixels());
        if (result != SKCodecResult.Success)
        {
            throw new InvalidOperationException($"Skia could not decode {path}: {result}.");
        }

        using var resized = original.Resize(
            new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.CatmullRom))
            ?? throw new InvalidOperationException($"Skia could not resize {path}.");
        var rgba = resized.GetPixelSpan();
        var rgb = new byte[size * size * 3];
        for (int i = 0, j = 0; i < rgb.Length; i += 3, j += 4)
        {
            int white = 255 - rgba[j + 3]; // premultiplied: c + (255 - a) is the colour over white
            rgb[i] = (byte)(rgba[j] + white);
            rgb[i + 1] = (byte)(rgba[j + 1] + white);
            rgb[i + 2] = (byte)(rgba[j + 2] + white);
        }

        return rgb;
    }
}
