namespace GenScreen.Images.Decoding;

/// <summary>
/// Resource limits for <see cref="SafeImageDecoder"/>. Every limit is checked before the work it guards
/// (bytes before parsing, declared dimensions before any pixel buffer is allocated), so a hostile file costs
/// at most what these numbers allow. Mutable with setters so it can be bound from configuration; do not
/// share one instance between callers that change it.
/// </summary>
public sealed class ImageDecodeLimits
{
    /// <summary>Largest accepted file, in bytes. Default 50 MiB.</summary>
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest accepted canvas, width x height, after which nothing is allocated. Default 40 megapixels.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Longest accepted side in pixels. Default 16384.</summary>
    public int MaxDimension { get; set; } = 16_384;

    /// <summary>
    /// Frames screened per animation. When the file has more, this many are sampled evenly, always including
    /// the first and the last frame. Default 8.
    /// </summary>
    public int MaxFrames { get; set; } = 8;

    /// <summary>
    /// Frames the file may contain at all. Above it the file is refused (<see cref="DecodeFailureReason.TooManyFrames"/>)
    /// rather than sampled: every frame up to the last sampled one must be decoded to composite it, and the native
    /// decoder keeps per-frame metadata, so an absurd count is a resource attack. Default 2000.
    /// </summary>
    public int MaxFramesInFile { get; set; } = 2_000;

    /// <summary>
    /// Cap on output pixels summed over the screened frames (each screened frame is a full canvas of RGB24).
    /// Bounds memory for large animations: 8 frames of 40 MP would otherwise be ~1 GB. Default 100 megapixels.
    /// </summary>
    public long MaxTotalPixels { get; set; } = 100_000_000;

    /// <summary>
    /// Time budget for the whole decode, measured from the call on the decoder's clock (the system clock unless a
    /// <see cref="TimeProvider"/> is passed to <see cref="SafeImageDecoder"/>). Default 10 seconds.
    /// </summary>
    public TimeSpan MaxDecodeTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A private copy, so a caller changing its instance mid-decode cannot change the limits in force.</summary>
    internal ImageDecodeLimits Clone() => (ImageDecodeLimits)MemberwiseClone();

    /// <summary>Throws if a limit is nonsensical: a configuration error must surface, not silently disable a guard.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, 1, nameof(MaxBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPixels, 1, nameof(MaxPixels));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDimension, 1, nameof(MaxDimension));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFrames, 1, nameof(MaxFrames));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFramesInFile, 1, nameof(MaxFramesInFile));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTotalPixels, 1, nameof(MaxTotalPixels));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxDecodeTime, TimeSpan.Zero, nameof(MaxDecodeTime));
        // Kept within int milliseconds (timers take no more than uint); a longer budget is a configuration mistake anyway.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDecodeTime, TimeSpan.FromMilliseconds(int.MaxValue), nameof(MaxDecodeTime));
    }
}
