namespace GenScreen.ModelImport.Onnx;

/// <summary>A graph input or output: name, element type and shape.</summary>
internal sealed record OnnxValueInfo(string Name, OnnxDataType ElementType, IReadOnlyList<OnnxDimension> Shape);
