namespace GenScreen.ModelImport.Onnx;

/// <summary>A node attribute; exactly one of the value fields is meaningful, chosen by <see cref="Type"/>.</summary>
internal sealed record OnnxAttribute(string Name, OnnxAttributeType Type, long Int = 0, float Float = 0, string? String = null, IReadOnlyList<long>? Ints = null)
{
    public static OnnxAttribute Of(string name, long value) => new(name, OnnxAttributeType.Int, Int: value);

    public static OnnxAttribute Of(string name, float value) => new(name, OnnxAttributeType.Float, Float: value);

    public static OnnxAttribute Of(string name, string value) => new(name, OnnxAttributeType.String, String: value);

    public static OnnxAttribute Of(string name, params long[] values) => new(name, OnnxAttributeType.Ints, Ints: values);
}
