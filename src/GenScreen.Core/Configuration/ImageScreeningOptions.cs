using System.ComponentModel.DataAnnotations;

namespace GenScreen.Core.Configuration;

/// <summary>Configuration section <c>ImageScreening</c>: the blob pipeline, decoding limits and image thresholds.</summary>
public sealed class ImageScreeningOptions : IValidatableObject
{
    public const string SectionName = "ImageScreening";

    /// <summary>Host the image pipeline at all (local host: the blob watcher); false serves prompts only.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Container generators upload to; every blob in it (virtual folders included) is screened. In publish mode
    /// (<see cref="Publish"/>) this is the private staging container.
    /// </summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string IncomingContainer { get; set; } = "generated";

    /// <summary>Private container violating images are moved to (WORM where the platform allows).</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string QuarantineContainer { get; set; } = "quarantine";

    /// <summary>Table of image verdicts.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string VerdictTable { get; set; } = "ImageVerdicts";

    /// <summary>
    /// Policy every image in <see cref="IncomingContainer"/> is screened under; null: <c>Screening:DefaultPolicy</c>. The
    /// operator decides it: blob metadata (<c>genscreen_policy</c>) may only ask for a stricter one.
    /// </summary>
    [RegularExpression("^[A-Za-z0-9_-]{1,32}$")]
    public string? Policy { get; set; }

    /// <summary>Largest blob screened; larger ones are quarantined unscreened (fail closed).</summary>
    [Range(1, 1L << 32)]
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest image, in pixels, read from the header before decoding (decompression bombs).</summary>
    [Range(1, 1L << 32)]
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>
    /// Frames an animation may have. Every frame is screened, one at a time; an animation with more frames is
    /// refused unscreened (<c>too-many-frames</c>: blocked and quarantined), never sampled.
    /// </summary>
    [Range(1, 2_000)]
    public int MaxFrames { get; set; } = 240;

    /// <summary>Pixels decoded over a whole animation (frames x width x height); above it, refused as <c>too-many-pixels</c>.</summary>
    [Range(1, 1L << 40)]
    public long MaxTotalPixels { get; set; } = 100_000_000;

    /// <summary>
    /// Images screened at once in this process. 0 (default): sized from memory, the GC's available memory less the
    /// process baseline divided by the worst case of one screening (docs/images.md), at least 1.
    /// </summary>
    [Range(0, 1_024)]
    public int MaxConcurrentScreenings { get; set; }

    /// <summary>
    /// Decodes still running in native code after their time budget ran out, at which new screenings are refused
    /// (retried later, never allowed) and the health check reports the instance unhealthy so it is recycled.
    /// Capped at the number of concurrent screenings (each stray decode keeps its slot until it ends).
    /// </summary>
    [Range(1, 64)]
    public int MaxAbandonedDecodes { get; set; } = 2;

    /// <summary>Decode time budget per image.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan DecodeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts before a blob that keeps failing is quarantined as <c>screening-failed</c>.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Local host only: failed deliveries of one blob version before the watcher stops retrying it and records it as
    /// poison (the Functions trigger's equivalent is <c>extensions.blobs.poisonBlobThreshold</c> in host.json). Counts
    /// every failure, also those not held against the image (storage faults), so nothing loops silently. Must exceed
    /// <see cref="MaxAttempts"/>, which ends a failing image in quarantine first.
    /// </summary>
    [Range(2, 100)]
    public int MaxDeliveries { get; set; } = 5;

    /// <summary>Local host only: how often the incoming container is listed for new blobs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Path of the NSFW ONNX model; default: generated from npm nsfwjs on first run (artifacts/models).</summary>
    public string? ModelPath { get; set; }

    /// <summary>
    /// Precision of the first stage (MobileNetV2): <c>Float32</c> (default) or <c>Int8</c>, the static int8 quantization the
    /// importer makes (nsfw_mobilenet_v2.int8.onnx; about 2.5× faster inference, probabilities within the bound in
    /// docs/performance.md, "Int8 models"). The deployed default becomes models/nsfw_mobilenet_v2.int8.onnx; a configured
    /// <see cref="ModelPath"/> must then be that file (its SHA-256 is checked like the float one's).
    /// </summary>
    [EnumDataType(typeof(ModelPrecision))]
    public ModelPrecision FirstStagePrecision { get; set; } = ModelPrecision.Float32;

    /// <summary>
    /// Run an <c>Int8</c> first or second stage on a CPU without VNNI, where ONNX Runtime's int8 kernels give other results than
    /// the ones validated (docs/images.md, "Int8 first stage"). Off: such a host refuses to start with Int8. Set it only
    /// after NsfwPrecisionParityTests passed on that CPU kind.
    /// </summary>
    public bool AllowInt8WithoutVnni { get; set; }

    /// <summary>
    /// Run the second NSFW stage (nsfwjs's InceptionV3) on frames the first stage (MobileNetV2) flags at sexual
    /// severity ≥ <c>Thresholds:SecondStageAtSeverity</c> (4); its scores then decide those frames (docs/images.md, "Two stages"). Off: MobileNetV2 alone decides.
    /// </summary>
    public bool SecondStage { get; set; } = true;

    /// <summary>
    /// Precision of the second stage (InceptionV3): <c>Float32</c> (default) or <c>Int8</c>, the importer's static int8
    /// quantization (nsfw_inception_v3.int8.onnx; about 3.6× faster per flagged frame, no decision changed on the benign set,
    /// docs/performance.md, "Session 16: the second stage in int8"). Refused like an Int8 first stage on CPUs without VNNI.
    /// The deployed default becomes models/nsfw_inception_v3.int8.onnx; a configured <see cref="SecondStageModelPath"/> must then be that file.
    /// </summary>
    [EnumDataType(typeof(ModelPrecision))]
    public ModelPrecision SecondStagePrecision { get; set; } = ModelPrecision.Float32;

    /// <summary>Path of the second stage's ONNX model; default: generated from npm nsfwjs on first run (artifacts/models).</summary>
    public string? SecondStageModelPath { get; set; }

    /// <summary>How classifier probabilities map to Sexual severity.</summary>
    public ImageThresholds Thresholds { get; set; } = new();

    /// <summary>How face signals (apparent age, protected-person matches) are read by the rules.</summary>
    public FaceRuleOptions Faces { get; set; } = new();

    /// <summary>Publish mode: only allowed images are copied from the staging (incoming) container to a published one.</summary>
    public PublishOptions Publish { get; set; } = new();

    /// <summary>Nested sections are not validated by data annotations on their own: check them here, named by their path.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxDeliveries <= MaxAttempts)
        {
            yield return new ValidationResult($"{SectionName}:{nameof(MaxDeliveries)} ({MaxDeliveries}) must exceed {nameof(MaxAttempts)} ({MaxAttempts}): a failing image must reach quarantine before its deliveries run out.", [nameof(MaxDeliveries)]);
        }

        if (Publish.Enabled && (Publish.Container == IncomingContainer || Publish.Container == QuarantineContainer))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(Publish)}:{nameof(PublishOptions.Container)} ('{Publish.Container}') must differ from {nameof(IncomingContainer)} ('{IncomingContainer}', the staging container) and {nameof(QuarantineContainer)} ('{QuarantineContainer}'): the published container holds only allowed images.",
                [$"{nameof(Publish)}.{nameof(PublishOptions.Container)}"]);
        }

        foreach (var (name, section) in new (string, object)[] { (nameof(Thresholds), Thresholds), (nameof(Faces), Faces), (nameof(Publish), Publish) })
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(section, new ValidationContext(section), results, validateAllProperties: true);
            foreach (var r in results)
            {
                yield return new ValidationResult($"{SectionName}:{name}: {r.ErrorMessage}", [.. r.MemberNames.Select(m => $"{name}.{m}")]);
            }
        }
    }
}
