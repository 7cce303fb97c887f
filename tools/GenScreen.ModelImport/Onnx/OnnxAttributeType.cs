namespace GenScreen.ModelImport.Onnx;

/// <summary>The subset of <c>onnx.AttributeProto.AttributeType</c> the importer emits (values are the proto enum numbers).</summary>
internal enum OnnxAttributeType
{
    Float = 1,
    Int = 2,
    String = 3,
    Ints = 7,
}
