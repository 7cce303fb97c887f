namespace GenScreen.Images.Decoding;

/// <summary>
/// The safe decoder's first stage on its own: the format from magic bytes and the managed walk of the container
/// (declared size, frame count, completeness). No native code runs and no pixel buffer is allocated, so it is
/// cheap and safe on untrusted bytes. For checks that need an image's size without decoding it, such as the
/// Content Safety client's pre-flight limits; <see cref="SafeImageDecoder"/> runs the same walk before decoding.
/// </summary>
public static class ImageStructure
{
    /// <summary>Reads <paramref name="bytes"/> up to the format's end marker; never throws for bad input.</summary>
    public static ImageStructureReport Inspect(ReadOnlySpan<byte> bytes)
    {
        var (format, signatureTruncated) = FormatSniffer.Detect(bytes);
        if (format == ImageFormat.Unknown)
        {
            return new ImageStructureReport(
                ImageFormat.Unknown, ImageStructureStatus.UnknownFormat,
                $"not a PNG, JPEG, GIF or WebP file; the bytes look like {FormatSniffer.Describe(bytes)}", 0, 0, 0);
        }

        if (signatureTruncated)
        {
            return new ImageStructureReport(
                format, ImageStructureStatus.Truncated, $"the file ends after {bytes.Length} bytes, inside the {format} signature", 0, 0, 0);
        }

        var report = ContainerInspector.Inspect(format, bytes);
        var status = report.Status switch
        {
            ContainerStatus.Complete => ImageStructureStatus.Complete,
            ContainerStatus.Truncated => ImageStructureStatus.Truncated,
            ContainerStatus.Corrupt => ImageStructureStatus.Corrupt,
            _ => ImageStructureStatus.UnsupportedVariant,
        };
        return new ImageStructureReport(
            format,
            status,
            status == ImageStructureStatus.Complete ? null : report.Message,
            report.HasHeader ? report.Width : 0,
            report.HasHeader ? report.Height : 0,
            status == ImageStructureStatus.Complete ? report.FrameCount : 0);
    }
}

/// <summary>What <see cref="ImageStructure.Inspect"/> found.</summary>
/// <param name="Format">Format by magic bytes.</param>
/// <param name="Status">Whether the container is whole and valid.</param>
/// <param name="Problem">Why it is not <see cref="ImageStructureStatus.Complete"/>; null when it is.</param>
/// <param name="Width">Declared canvas width as stored (before any EXIF orientation); 0 when no header was read.</param>
/// <param name="Height">Declared canvas height as stored; 0 when no header was read.</param>
/// <param name="FrameCount">Frames in the file when complete (1 for still images); otherwise 0.</param>
public sealed record ImageStructureReport(
    ImageFormat Format, ImageStructureStatus Status, string? Problem, long Width, long Height, int FrameCount)
{
    /// <summary>True when the header was read, so <see cref="Width"/> and <see cref="Height"/> are the declared canvas.</summary>
    public bool HasHeader => Width > 0 && Height > 0;
}

/// <summary>Outcome of the container walk.</summary>
public enum ImageStructureStatus
{
    /// <summary>Every chunk, segment or block is present up to the format's end marker.</summary>
    Complete,

    /// <summary>Not PNG, JPEG, GIF or WebP by magic bytes.</summary>
    UnknownFormat,

    /// <summary>The data ends before the end marker.</summary>
    Truncated,

    /// <summary>The structure is invalid.</summary>
    Corrupt,

    /// <summary>Valid, but a variant the safe decoder refuses because it could not screen all of it (APNG).</summary>
    UnsupportedVariant,
}
