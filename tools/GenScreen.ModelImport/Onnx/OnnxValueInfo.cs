namespace GenScreen.ModelImport.Onnx;

/// <summary>A graph input or output: name, element type and shape (null: shape not stated, e.g. a calibration output).</summary>
internal sealed record OnnxValueInfo(string Name, OnnxDataType ElementType, IReadOnlyList<OnnxDimension>? Shape);
