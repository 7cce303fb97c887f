namespace GenScreen.ModelImport.Onnx;

/// <summary>The subset of <c>onnx.TensorProto.DataType</c> the importer emits (values are the proto enum numbers).</summary>
internal enum OnnxDataType
{
    Float = 1,
    Uint8 = 2,
    Int64 = 7,
}
