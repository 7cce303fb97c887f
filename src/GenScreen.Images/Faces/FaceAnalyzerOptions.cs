using System.ComponentModel.DataAnnotations;

namespace GenScreen.Images.Faces;

/// <summary>
/// Configuration of the face analyzer (section <c>Faces</c>). Defaults are face-api's where it has one (detector score
/// 0.5, NMS IoU 0.5); <see cref="MinFaceSize"/> is GenScreen's: below it a face is recorded as too small to judge.
/// </summary>
public sealed class FaceAnalyzerOptions : IValidatableObject
{
    public const string SectionName = "Faces";

    /// <summary>Whether faces are analyzed at all (the models are loaded at start-up only when enabled).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The face detector (<see cref="FaceDetectorKind"/>); its model file is <see cref="DetectorModelPath"/>.</summary>
    /// <remarks>
    /// Tiny by default: about a tenth of SSD's cost, so faces can be analyzed on every image; on face-api's six demo
    /// photos it finds 20 of the 22 faces SSD finds. Ssd for the most faces at about ten times the cost
    /// (docs/images.md#face-detectors).
    /// </remarks>
    public FaceDetectorKind Detector { get; set; } = FaceDetectorKind.Tiny;

    /// <summary>Deployed detector file (of <see cref="Detector"/>); empty: <c>models/</c> beside the app.</summary>
    public string? DetectorModelPath { get; set; }

    /// <summary>Deployed 68-point landmark file (see <see cref="DetectorModelPath"/>).</summary>
    public string? LandmarksModelPath { get; set; }

    /// <summary>Deployed ageGenderNet file (see <see cref="DetectorModelPath"/>).</summary>
    public string? AgeModelPath { get; set; }

    /// <summary>
    /// Faces whose detection box has a shorter side below this many pixels (in the analyzed frame) get no apparent age
    /// and are recorded as too small to judge: ageGenderNet sees a 112×112 upsampled crop, and tiny faces read young.
    /// </summary>
    [Range(8, 1024)]
    public int MinFaceSize { get; set; } = 40;

    /// <summary>Detector score a face must exceed (face-api's <c>minConfidence</c>).</summary>
    [Range(0.01, 0.99)]
    public double ScoreThreshold { get; set; } = 0.5;

    /// <summary>At most this many faces (highest scores first) are analyzed per image.</summary>
    [Range(1, 100)]
    public int MaxFaces { get; set; } = 16;

    /// <summary>
    /// Threads one inference may use; 0: one per processor the process may use (<see cref="Environment.ProcessorCount"/>),
    /// passed to ONNX Runtime explicitly so that it does not pin its threads to cores (docs/performance.md, "Session 17:
    /// two cores for the face stage").
    /// </summary>
    [Range(0, 64)]
    public int IntraOpNumThreads { get; set; }

    /// <summary>
    /// The judged faces of a frame are shared among up to this many threads (the caller and pool threads), one face at a
    /// time to whichever is free, each face's landmark net and then ageGenderNet on single-threaded sessions. 1: every
    /// face in one batch per net, on sessions with <see cref="IntraOpNumThreads"/>. Default 2, one thread per core of the
    /// 2-core target: the 112×112 nets' small batches gain little from intra-op threads, independent runs use both cores
    /// (docs/performance.md, "Face groups on both cores", "Session 17: two cores for the face stage"). The detector is
    /// one image and keeps its intra-op threads; its input is resized in bands of rows claimed by this many threads (bit
    /// for bit one pass's values).
    /// </summary>
    [Range(1, 16)]
    public int FaceNetGroups { get; set; } = 2;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Detector))
        {
            yield return new ValidationResult($"Faces:Detector must be one of {string.Join(", ", Enum.GetNames<FaceDetectorKind>())}.", [nameof(Detector)]);
        }

        foreach (var (name, path) in new[] { (nameof(DetectorModelPath), DetectorModelPath), (nameof(LandmarksModelPath), LandmarksModelPath), (nameof(AgeModelPath), AgeModelPath) })
        {
            if (path is { Length: > 0 } && !Models.ModelFileContent.Exists(path))
            {
                yield return new ValidationResult($"Faces:{name} '{path}' does not exist (nor its compressed copy '{path}{Models.ModelFileContent.CompressedSuffix}').", [name]);
            }
        }

        var configured = new[] { DetectorModelPath, LandmarksModelPath, AgeModelPath }.Count(p => p is { Length: > 0 });
        if (configured is 1 or 2)
        {
            yield return new ValidationResult("Configure all three face model paths or none (they are one pipeline, versioned together).", [nameof(DetectorModelPath)]);
        }
    }
}
