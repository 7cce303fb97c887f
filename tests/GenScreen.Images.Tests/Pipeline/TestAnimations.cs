using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace GenScreen.Images.Tests.Pipeline;

/// <summary>
/// Animated GIFs built from real photographs and drawings (the skimage samples), with ImageSharp's encoder: each
/// frame a whole canvas with its own palette, so what the classifier sees in a frame is that picture.
/// </summary>
internal static class TestAnimations
{
    /// <param name="framePaths">One PNG per frame, in order; each is resized to <paramref name="size"/> x <paramref name="size"/>.</param>
    public static byte[] Gif(IReadOnlyList<string> framePaths, int size = 256)
    {
        ArgumentOutOfRangeException.ThrowIfZero(framePaths.Count);
        using var animation = new Image<Rgba32>(size, size);
        foreach (var path in framePaths)
        {
            using var picture = Image.Load<Rgba32>(path);
            picture.Mutate(p => p.Resize(size, size));
            var frame = animation.Frames.AddFrame(picture.Frames.RootFrame);
            frame.Metadata.GetGifMetadata().FrameDelay = 10; // 1/100 s units
        }

        animation.Frames.RemoveFrame(0); // the blank frame the image was created with
        animation.Metadata.GetGifMetadata().RepeatCount = 0;
        using var output = new MemoryStream();
        animation.SaveAsGif(output, new GifEncoder { ColorTableMode = GifColorTableMode.Local });
        return output.ToArray();
    }

    /// <summary><paramref name="count"/> frames of <paramref name="background"/>, with <paramref name="other"/> at the given indices.</summary>
    public static byte[] Gif(string background, string other, int count, IEnumerable<int> otherAt, int size = 256)
    {
        var at = otherAt.ToHashSet();
        return Gif([.. Enumerable.Range(0, count).Select(i => at.Contains(i) ? other : background)], size);
    }
}
