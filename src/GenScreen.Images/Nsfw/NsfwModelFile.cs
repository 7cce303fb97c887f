namespace GenScreen.Images.Nsfw;

/// <summary>A located ONNX model file, the SHA-256 (lower-case hex) of its bytes and which model it is (default MobileNetV2).</summary>
public sealed record NsfwModelFile(string Path, string Sha256, NsfwModelSpec? Spec = null)
{
    public NsfwModelSpec Kind => Spec ?? NsfwModelSpec.MobileNetV2;

    public string ModelVersion => Kind.ModelVersion(Sha256);
}
