namespace GenScreen.Images.Nsfw;

/// <summary>A located ONNX model file and the SHA-256 (lower-case hex) of its bytes.</summary>
public sealed record NsfwModelFile(string Path, string Sha256)
{
    public string ModelVersion => NsfwModelInfo.ModelVersion(Sha256);
}
