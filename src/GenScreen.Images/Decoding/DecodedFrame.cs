namespace GenScreen.Images.Decoding;

/// <summary>
/// One screened frame: tightly packed RGB24 (R, G, B bytes, row after row, stride = Width * 3), 8 bits per
/// channel, sRGB, already rotated by the EXIF orientation and composited over white.
/// </summary>
public sealed class DecodedFrame
{
    internal DecodedFrame(int index, int width, int height, int durationMs, ReadOnlyMemory<byte> rgb)
    {
        Index = index;
        Width = width;
        Height = height;
        DurationMs = durationMs;
        Rgb = rgb;
    }

    /// <summary>Zero-based index of this frame in the file (sampled frames are not contiguous).</summary>
    public int Index { get; }

    /// <summary>Width in pixels after orientation; same for every frame of a result, except embedded pictures (<see cref="ImageDecodeResult.EmbeddedImagesScreened"/>), which have their own.</summary>
    public int Width { get; }

    /// <summary>Height in pixels after orientation; see <see cref="Width"/>.</summary>
    public int Height { get; }

    /// <summary>Display duration declared by the file, in milliseconds; 0 for still images.</summary>
    public int DurationMs { get; }

    /// <summary>Width * Height * 3 bytes of RGB24.</summary>
    public ReadOnlyMemory<byte> Rgb { get; }

    /// <summary>The RGB triple at (x, y), for tests and diagnostics; the classifiers read <see cref="Rgb"/> directly.</summary>
    public (byte R, byte G, byte B) GetPixel(int x, int y)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, Width);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, Height);
        var span = Rgb.Span;
        int offset = ((y * Width) + x) * 3;
        return (span[offset], span[offset + 1], span[offset + 2]);
    }
}
