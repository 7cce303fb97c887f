namespace GenScreen.Images.Decoding;

/// <summary>Per-call inputs known before decoding starts, and the one place results are built from them.</summary>
internal sealed class DecodeContext
{
    internal DecodeContext(ImageFormat format, string? mismatchDetail, ImageDecodeLimits limits, TimeProvider time, long startTimestamp)
    {
        Format = format;
        MismatchDetail = mismatchDetail;
        Limits = limits;
        Time = time;
        StartTimestamp = startTimestamp;
    }

    internal ImageFormat Format { get; }

    internal string? MismatchDetail { get; }

    /// <summary>A private copy of the caller's limits, so changes during a decode cannot affect it.</summary>
    internal ImageDecodeLimits Limits { get; }

    /// <summary>The clock of the time budget; <see cref="StartTimestamp"/> is one of its timestamps.</summary>
    internal TimeProvider Time { get; }

    internal long StartTimestamp { get; }

    internal ImageDecodeResult Failure(string reason, string message, DecodeFacts? facts = null, long allocatedBytes = 0) => new()
    {
        FailureReason = reason,
        Message = message,
        DetectedFormat = Format,
        DeclaredFormatMismatch = MismatchDetail is not null,
        DeclaredFormatDetail = MismatchDetail,
        Width = facts?.OrientedWidth ?? 0,
        Height = facts?.OrientedHeight ?? 0,
        ExifOrientation = facts?.Orientation ?? 1,
        FrameCount = facts?.FrameCount ?? 0,
        SourcePixelFormat = facts?.PixelFormat ?? SourcePixelFormat.Unknown,
        Elapsed = Time.GetElapsedTime(StartTimestamp),
        DecodeThreadAllocatedBytes = allocatedBytes,
    };

    internal ImageDecodeResult Success(DecodeFacts facts, int framesScreened, bool hasTransparency, long allocatedBytes) => new()
    {
        Message = $"decoded {Format.ToString().ToUpperInvariant()} {facts.OrientedWidth}x{facts.OrientedHeight}, " +
                  $"screened {framesScreened} of {facts.FrameCount} frame(s)" +
                  (facts.EmbeddedImages > 0 ? $" and {facts.EmbeddedImages} embedded picture(s)" : string.Empty),
        DetectedFormat = Format,
        DeclaredFormatMismatch = MismatchDetail is not null,
        DeclaredFormatDetail = MismatchDetail,
        Width = facts.OrientedWidth,
        Height = facts.OrientedHeight,
        ExifOrientation = facts.Orientation,
        FrameCount = facts.FrameCount,
        FramesScreened = framesScreened,
        EmbeddedImagesScreened = facts.EmbeddedImages,
        SourcePixelFormat = facts.PixelFormat,
        HasTransparency = hasTransparency,
        Elapsed = Time.GetElapsedTime(StartTimestamp),
        DecodeThreadAllocatedBytes = allocatedBytes,
    };
}
