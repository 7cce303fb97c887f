namespace GenScreen.Images.Nsfw;

/// <summary>Which ONNX model file <see cref="NsfwModelStore"/> loads and the hash it must have.</summary>
public sealed class NsfwModelStoreOptions
{
    /// <summary>
    /// The model file (e.g. the one deployed with the app). It must exist and have <see cref="ExpectedSha256"/>;
    /// nothing falls back to another file or an import when it does not.
    /// </summary>
    public string? ModelPath { get; set; }

    /// <summary>The SHA-256 the file must have; default the recorded model's.</summary>
    public string ExpectedSha256 { get; set; } = NsfwModelInfo.Sha256;
}
