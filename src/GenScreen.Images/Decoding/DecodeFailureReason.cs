namespace GenScreen.Images.Decoding;

/// <summary>
/// Stable machine-readable reason codes for <see cref="ImageDecodeResult.FailureReason"/>. They are strings,
/// not an enum, because they are written to logs, metrics and moderation records and must never be renumbered.
/// Every failure is a fail-closed outcome: the image was not screened and must not be published.
/// </summary>
public static class DecodeFailureReason
{
    /// <summary>Zero bytes.</summary>
    public const string Empty = "empty";

    /// <summary>The file ends before its container or image data is complete (partial images are never screened).</summary>
    public const string Truncated = "truncated";

    /// <summary>The bytes claim a supported format but the structure or compressed data is invalid.</summary>
    public const string Corrupt = "corrupt";

    /// <summary>Not PNG, JPEG, GIF or WebP by magic bytes, or a variant we cannot screen completely (for example APNG).</summary>
    public const string UnsupportedFormat = "unsupported-format";

    /// <summary>More bytes than <see cref="ImageDecodeLimits.MaxBytes"/>; nothing was parsed.</summary>
    public const string TooLargeBytes = "too-large-bytes";

    /// <summary>Declared width x height (or the pixels of all screened frames) over the pixel limits; nothing was allocated.</summary>
    public const string TooManyPixels = "too-many-pixels";

    /// <summary>A declared side longer than <see cref="ImageDecodeLimits.MaxDimension"/>, or zero.</summary>
    public const string DimensionsTooLarge = "dimensions-too-large";

    /// <summary>More frames in the file than <see cref="ImageDecodeLimits.MaxFrames"/> (every frame is screened, so a longer animation is refused, never sampled).</summary>
    public const string TooManyFrames = "too-many-frames";

    /// <summary>Decoding did not finish within <see cref="ImageDecodeLimits.MaxDecodeTime"/>.</summary>
    public const string DecodeTimeout = "decode-timeout";

    /// <summary>A bug or resource failure inside the decoder (not attributable to the file). Still fail-closed.</summary>
    public const string InternalError = "internal-error";
}
