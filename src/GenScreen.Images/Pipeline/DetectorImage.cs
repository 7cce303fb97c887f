using GenScreen.Images.Decoding;
using SkiaSharp;

namespace GenScreen.Images.Pipeline;

/// <summary>
/// What external image detectors receive: the worst frame (see <see cref="FrameScorer"/>) re-encoded as PNG, scaled so the long side
/// is at most 2048 px and the short side at least 50 px (Azure AI Content Safety's limits), well under 4 MB.
/// Re-encoding from our own safely decoded pixels means untrusted bytes are never forwarded as they came.
/// </summary>
internal static class DetectorImage
{
    public const int MaxSide = 2048;
    public const int MinSide = 50;

    public static ReadOnlyMemory<byte> Encode(DecodedFrame frame)
    {
        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(frame.Width, frame.Height));
        scale = Math.Max(scale, (double)MinSide / Math.Min(frame.Width, frame.Height));
        var width = Math.Clamp((int)Math.Round(frame.Width * scale), MinSide, MaxSide);
        var height = Math.Clamp((int)Math.Round(frame.Height * scale), MinSide, MaxSide);

        using var source = FrameBitmap.ToBitmap(frame);
        using var scaled = FrameBitmap.Scale(source, width, height);
        using var data = scaled.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
