namespace GenScreen.Images.Decoding;

/// <summary>
/// What has been learned about the file so far, filled in as decoding proceeds, so a failure at any stage can
/// still report the size, frame count and pixel format that were known (a refused bomb shows what it declared).
/// </summary>
internal sealed class DecodeFacts
{
    /// <summary>Width as stored, before orientation; 0 until a header was read.</summary>
    internal long StoredWidth { get; set; }

    internal long StoredHeight { get; set; }

    internal int Orientation { get; set; } = 1;

    internal int FrameCount { get; set; }

    /// <summary>Embedded pictures (EXIF thumbnail, multi-picture images) screened after the frames.</summary>
    internal int EmbeddedImages { get; set; }

    internal SourcePixelFormat PixelFormat { get; set; } = SourcePixelFormat.Unknown;

    internal int OrientedWidth => ClampToInt(Orientation >= 5 ? StoredHeight : StoredWidth);

    internal int OrientedHeight => ClampToInt(Orientation >= 5 ? StoredWidth : StoredHeight);

    // A refused header may declare up to 2^32-1; the result reports int, and saturating keeps "huge" visible.
    private static int ClampToInt(long value) => (int)Math.Min(value, int.MaxValue);
}
