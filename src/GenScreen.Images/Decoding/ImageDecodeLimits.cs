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
    /// Frames an animation may have. Every frame is decoded and screened (no sampling: a violating frame at any
    /// index is seen); a file with more frames is refused (<see cref="DecodeFailureReason.TooManyFrames"/>), so an
    /// animation too long to screen completely is never approved. Default 240 (10 s at 24 fps).
    /// </summary>
    public int MaxFrames { get; set; } = 240;

    /// <summary>
    /// Cap on pixels decoded over the whole file: frames x canvas. Above it the file is refused
    /// (<see cref="DecodeFailureReason.TooManyPixels"/>) before any pixel is decoded. It bounds the work per
    /// animation; memory stays bounded by one frame either way when frames are streamed to the classifier, and by
    /// this many RGB24 pixels when <see cref="SafeImageDecoder.Decode(ReadOnlySpan{byte}, string?, string?, ImageDecodeLimits, CancellationToken)"/>
    /// returns every frame. Default 100 megapixels.
    /// </summary>
    public long MaxTotalPixels { get; set; } = 100_000_000;

    /// <summary>
    /// Decode threads abandoned inside native code (see <see cref="SafeImageDecoder.AbandonedDecodes"/>) at or above
    /// which new decodes are refused with <see cref="GenScreen.Core.Images.ImageScreeningUnavailableException"/>:
    /// each such thread still holds its input copy and pixel buffers, so starting more would let memory grow
    /// without bound. The refusal is not a verdict about the image; the caller retries later. Default 4.
    /// </summary>
    public int MaxAbandonedDecodes { get; set; } = 4;

    /// <summary>
    /// Time budget for the whole decode, measured from the call on the decoder's clock (the system clock unless a
    /// <see cref="TimeProvider"/> is passed to <see cref="SafeImageDecoder"/>), including what a frame sink does with
    /// each frame (the image screener classifies frames as they are decoded). Default 10 seconds.
    /// </summary>
    public TimeSpan MaxDecodeTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Tests only: runs on the decode thread before any work and is not interruptible, standing in for a native
    /// call that does not return in time (the thread is then abandoned and counted). Null in production.
    /// </summary>
    internal Action? DecodeThreadStallForTests { get; set; }

    /// <summary>A private copy, so a caller changing its instance mid-decode cannot change the limits in force.</summary>
    internal ImageDecodeLimits Clone() => (ImageDecodeLimits)MemberwiseClone();

    /// <summary>Throws if a limit is nonsensical: a configuration error must surface, not silently disable a guard.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, 1, nameof(MaxBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPixels, 1, nameof(MaxPixels));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDimension, 1, nameof(MaxDimension));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFrames, 1, nameof(MaxFrames));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTotalPixels, 1, nameof(MaxTotalPixels));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAbandonedDecodes, 1, nameof(MaxAbandonedDecodes));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxDecodeTime, TimeSpan.Zero, nameof(MaxDecodeTime));
        // Kept within int milliseconds (timers take no more than uint); a longer budget is a configuration mistake anyway.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDecodeTime, TimeSpan.FromMilliseconds(int.MaxValue), nameof(MaxDecodeTime));
    }
}
