namespace GenScreen.Images.Nsfw;

/// <summary>Tuning of the ONNX Runtime session behind <see cref="NsfwClassifier"/>.</summary>
public sealed class NsfwClassifierOptions
{
    /// <summary>Threads one inference may use; 0 lets ONNX Runtime pick (one per physical core).</summary>
    public int IntraOpNumThreads { get; set; }

    /// <summary>
    /// Whether idle intra-op threads spin-wait for the next inference. Spinning trims latency in a tight benchmark loop
    /// but burns a core between sporadic requests, so it is off by default for the Functions host.
    /// </summary>
    public bool AllowSpinning { get; set; }

    /// <summary>The SHA-256 the model's bytes must have to be loaded; default (null) the recorded one of the model's kind (MODEL.md).</summary>
    public string? ExpectedSha256 { get; set; }

    /// <summary>Images per ONNX Runtime call in the batch overload (bounds the pooled input buffer: 602 KB per image).</summary>
    public int MaxBatchSize { get; set; } = 16;
}
