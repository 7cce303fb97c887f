namespace GenScreen.Images.Decoding;

/// <summary>
/// Container format identified from the file's magic bytes, never from its name or content type.
/// Only formats the decoder accepts have a member: anything else is <see cref="Unknown"/> and is refused.
/// </summary>
public enum ImageFormat
{
    /// <summary>Not recognised, or recognised but not accepted (BMP, TIFF, HEIF, AVIF, ICO, SVG, text...).</summary>
    Unknown = 0,
    Png,
    Jpeg,
    Gif,
    WebP,
}
