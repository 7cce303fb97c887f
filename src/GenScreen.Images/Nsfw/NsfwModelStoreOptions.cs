namespace GenScreen.Images.Nsfw;

/// <summary>Which ONNX model file <see cref="NsfwModelStore"/> loads and the hash it must have.</summary>
public sealed class NsfwModelStoreOptions
{
    /// <summary>
    /// The model file (e.g. the one deployed with the app). It must exist and have <see cref="ExpectedSha256"/>;
    /// nothing falls back to another file or an import when it does not.
    /// </summary>
    public string? ModelPath { get; set; }

    /// <summary>Which nsfwjs model this store holds; default the first stage, MobileNetV2.</summary>
    public NsfwModelSpec Model { get; set; } = NsfwModelSpec.MobileNetV2;

    /// <summary>The SHA-256 the file must have; default (null) the recorded one of <see cref="Model"/>.</summary>
    public string? ExpectedSha256 { get; set; }
}
