namespace GenScreen.ModelImport.Onnx;

/// <summary>The subset of <c>onnx.TensorProto.DataType</c> the importer emits (values are the proto enum numbers).</summary>
internal enum OnnxDataType
{
    Float = 1,
    Uint8 = 2,
    Int8 = 3,
    Int32 = 6,
    Int64 = 7,

    /// <summary>Signed 4-bit, two values a byte, low nibble first (IR 10, opset 21).</summary>
    Int4 = 22,
}
