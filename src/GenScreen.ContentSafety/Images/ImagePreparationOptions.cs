namespace GenScreen.ContentSafety;

/// <summary>Targets for <see cref="ContentSafetyImagePreparer"/>.</summary>
public sealed class ImagePreparationOptions
{
    /// <summary>
    /// Longest side after downscaling. 2048 by default: the REST spec's ImageData text still says
    /// 2048x2048 while newer docs say 7200x7200, and a smaller upload is faster anyway.
    /// </summary>
    public int MaxLongSide { get; set; } = 2048;

    /// <summary>
    /// Byte budget of the re-encoded file. 4,000,000 by default, under "4 MB" whichever way the
    /// service counts it (10^6 or 2^20).
    /// </summary>
    public int MaxBytes { get; set; } = 4_000_000;

    /// <summary>First JPEG quality tried when re-encoding; lowered in steps of 10 down to <see cref="MinJpegQuality"/>.</summary>
    public int JpegQuality { get; set; } = 90;

    /// <summary>Lowest JPEG quality tried before the image is shrunk further.</summary>
    public int MinJpegQuality { get; set; } = 50;

    /// <summary>
    /// Refuse to decode images with more pixels than this (checked from the header): a tiny file can
    /// declare a huge canvas and exhaust memory when decoded.
    /// </summary>
    public long MaxSourcePixels { get; set; } = 100_000_000;

    /// <summary>
    /// Time budget of the safe decoder when an image must be re-encoded (10 seconds by default, as for
    /// screening); a decode that runs past it fails as <c>decode-timeout</c>.
    /// </summary>
    public TimeSpan MaxDecodeTime { get; set; } = TimeSpan.FromSeconds(10);

    internal void Validate()
    {
        if (MaxLongSide < ContentSafetyLimits.MinImageDimension || MaxLongSide > ContentSafetyLimits.MaxImageDimension)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxLongSide), MaxLongSide, $"Must be {ContentSafetyLimits.MinImageDimension}..{ContentSafetyLimits.MaxImageDimension}.");
        }

        if (MaxBytes < 10_000 || MaxBytes > ContentSafetyLimits.MaxImageBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, $"Must be 10000..{ContentSafetyLimits.MaxImageBytes}.");
        }

        if (MinJpegQuality < 1 || JpegQuality > 100 || MinJpegQuality > JpegQuality)
        {
            throw new ArgumentOutOfRangeException(nameof(JpegQuality), JpegQuality, "Need 1 <= MinJpegQuality <= JpegQuality <= 100.");
        }

        if (MaxSourcePixels < 2_500)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSourcePixels), MaxSourcePixels, "Must be at least 50x50.");
        }

        if (MaxDecodeTime <= TimeSpan.Zero || MaxDecodeTime > TimeSpan.FromMilliseconds(int.MaxValue))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDecodeTime), MaxDecodeTime, "Must be positive and at most int.MaxValue milliseconds.");
        }
    }
}
