using GenScreen.Core.Configuration;
using GenScreen.Images.Nsfw;

namespace GenScreen.Images.Pipeline;

/// <summary>
/// The most memory one image screening can take under the configured limits, from what the pipeline allocates
/// (docs/images.md, "Resource bounds"). Every term is an upper bound and they are added, not maxed: a buffer that is
/// garbage is not freed until the GC runs, and native buffers are invisible to it.
/// </summary>
public static class ScreeningMemory
{
    /// <summary>Runtime, ONNX Runtime session and host, measured well below this; subtracted before sizing concurrency.</summary>
    public const long ProcessBaselineBytes = 512L * 1024 * 1024;

    private const int CanvasBytesPerPixel = 4; // premultiplied RGBA the codec decodes into
    private const int RgbBytesPerPixel = 3;    // RGB24 frame handed to the classifier
    private const long DetectorSide = 2048;    // the re-encoded image sent to external detectors, at most 2048 x 2048

    /// <summary>Face detector input (512 × 512 × 3 floats) and up to 100 faces' 112 × 112 × 3 crops for landmarks and age.</summary>
    private const long FaceTensorBytes = ((512L * 512 * 3) + (2L * 100 * 112 * 112 * 3)) * sizeof(float);

    /// <summary>Worst-case bytes of one screening.</summary>
    /// <param name="externalDetectors">Whether an external detector (Content Safety) gets the worst frame re-encoded.</param>
    /// <param name="faces">Whether faces are searched on the worst frame (kept until decoding ends, as for a detector).</param>
    public static long WorstCaseBytesPerScreening(ImageScreeningOptions options, bool externalDetectors, bool faces = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pixels = options.MaxPixels;
        var input = 2 * options.MaxBytes;                          // the downloaded bytes + the decoder's native copy
        var canvas = CanvasBytesPerPixel * pixels;
        var frames = (externalDetectors || faces ? 2 : 1) * RgbBytesPerPixel * pixels; // the current frame (+ the worst one kept for the detector or faces)
        var tensor = (long)(NsfwModelSpec.MobileNetV2.TensorLength + NsfwModelSpec.InceptionV3.TensorLength) * sizeof(float); // both stages' inputs
        var detector = externalDetectors
            ? (CanvasBytesPerPixel * pixels) + (2 * CanvasBytesPerPixel * DetectorSide * DetectorSide) // full-size bitmap, scaled bitmap, PNG
            : 0;
        return input + canvas + frames + tensor + detector + (faces ? FaceTensorBytes : 0);
    }

    /// <summary>
    /// Worst case for the whole process: the baseline, the screenings admitted at once (each at its worst), and the
    /// deliveries the trigger runs beyond them, which wait for a slot holding only their downloaded bytes.
    /// </summary>
    /// <param name="deliveriesAtOnce">The trigger's concurrency (host.json <c>extensions.blobs.maxDegreeOfParallelism</c>).</param>
    public static long WorstCaseProcessBytes(ImageScreeningOptions options, bool externalDetectors, long availableBytes, int deliveriesAtOnce, bool faces = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(deliveriesAtOnce, 1);
        var admitted = Math.Min(deliveriesAtOnce, ConcurrencyFor(options, externalDetectors, availableBytes, faces));
        var waiting = deliveriesAtOnce - admitted;
        return ProcessBaselineBytes + (admitted * WorstCaseBytesPerScreening(options, externalDetectors, faces)) + (waiting * options.MaxBytes);
    }

    /// <summary>Screenings that fit: (available - baseline) / worst case, at least 1; a configured value wins.</summary>
    public static int ConcurrencyFor(ImageScreeningOptions options, bool externalDetectors, long availableBytes, bool faces = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxConcurrentScreenings > 0)
        {
            return options.MaxConcurrentScreenings;
        }

        var fits = (availableBytes - ProcessBaselineBytes) / WorstCaseBytesPerScreening(options, externalDetectors, faces);
        return (int)Math.Clamp(fits, 1, 1_024);
    }
}
