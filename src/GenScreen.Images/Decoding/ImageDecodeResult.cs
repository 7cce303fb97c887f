using System.Diagnostics.CodeAnalysis;

namespace GenScreen.Images.Decoding;

/// <summary>
/// Outcome of <see cref="SafeImageDecoder.Decode(ReadOnlySpan{byte}, string?, string?, ImageDecodeLimits, CancellationToken)"/>.
/// Either <see cref="Succeeded"/> with screened frames, or a failure with a stable <see cref="FailureReason"/>.
/// A failure means the image was not screened: callers must treat it as "do not publish" (fail closed).
/// The format fields are filled on failures too whenever they were known, so a refusal can still be logged
/// with what the file claimed to be and what it was.
/// </summary>
public sealed class ImageDecodeResult
{
    internal ImageDecodeResult()
    {
    }

    /// <summary>True when every screened frame decoded completely.</summary>
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => FailureReason is null;

    /// <summary>One of the <see cref="DecodeFailureReason"/> codes; null on success.</summary>
    public string? FailureReason { get; internal init; }

    /// <summary>Human-readable explanation (for logs and reviewers, not for parsing).</summary>
    public string Message { get; internal init; } = string.Empty;

    /// <summary>Format found by magic bytes; <see cref="ImageFormat.Unknown"/> when not an accepted format.</summary>
    public ImageFormat DetectedFormat { get; internal init; }

    /// <summary>
    /// The declared content type or the file extension names a format other than the detected one (for example
    /// a JPEG called .png, or HTML called .png). Informational: the bytes decide how the file is decoded.
    /// </summary>
    public bool DeclaredFormatMismatch { get; internal init; }

    /// <summary>What was declared and why it mismatches; null when there is no mismatch.</summary>
    public string? DeclaredFormatDetail { get; internal init; }

    /// <summary>Width in pixels after applying the EXIF orientation; 0 when the header was never read.</summary>
    public int Width { get; internal init; }

    /// <summary>Height in pixels after applying the EXIF orientation; 0 when the header was never read.</summary>
    public int Height { get; internal init; }

    /// <summary>EXIF orientation found in the file (1..8, 1 = as stored); already applied to <see cref="Frames"/>.</summary>
    public int ExifOrientation { get; internal init; } = 1;

    /// <summary>Frames in the file (1 for still images); 0 when not known.</summary>
    public int FrameCount { get; internal init; }

    /// <summary>
    /// Every frame, in file order; empty on failure, and empty when the frames were streamed to a classifier
    /// instead of returned. Never partially decoded.
    /// </summary>
    public IReadOnlyList<DecodedFrame> Frames { get; internal set; } = [];

    /// <summary>Frames decoded and screened: on success, always every frame of the file (<see cref="FrameCount"/>).</summary>
    public int FramesScreened { get; internal init; }

    /// <summary>
    /// Pictures embedded in the file that were screened as further frames after <see cref="FramesScreened"/>: a JPEG's EXIF
    /// thumbnail, its multi-picture (MPF) images and JPEGs appended after its end. They reach the frame sink with indices
    /// from <see cref="FrameCount"/> on (and follow the frames in <see cref="Frames"/>).
    /// </summary>
    public int EmbeddedImagesScreened { get; internal init; }

    /// <summary>Stored bit depth and colour model, as declared by the header.</summary>
    public SourcePixelFormat SourcePixelFormat { get; internal init; } = SourcePixelFormat.Unknown;

    /// <summary>
    /// Some screened pixel was not fully opaque, so the frames show it composited over white. Content drawn only
    /// in transparent pixels is invisible here, as it is in any viewer on a white page; callers that need to
    /// judge how the image looks on a dark page can re-screen when this is true.
    /// </summary>
    public bool HasTransparency { get; internal init; }

    /// <summary>Time spent on the decoder's clock (the budget's <see cref="TimeProvider"/>), including waiting for the decode thread.</summary>
    public TimeSpan Elapsed { get; internal init; }

    /// <summary>
    /// Managed bytes allocated by the decode thread (GC.GetAllocatedBytesForCurrentThread there). Native
    /// allocations inside the codec are not included. Lets tests and metrics prove refusals allocate nothing big.
    /// </summary>
    public long DecodeThreadAllocatedBytes { get; internal init; }
}
