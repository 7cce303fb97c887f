namespace GenScreen.ModelImport.Onnx;

/// <summary>A tensor dimension: a fixed size, or a symbolic name such as the batch size <c>N</c>.</summary>
internal sealed record OnnxDimension(long? Value, string? Param)
{
    public static OnnxDimension Fixed(long value) => new(value, null);

    public static OnnxDimension Symbolic(string name) => new(null, name);
}
