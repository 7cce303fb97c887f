namespace GenScreen.ModelImport.Onnx;

/// <summary>One operator call in the default ONNX domain.</summary>
internal sealed record OnnxNode(string OpType, string Name, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs, IReadOnlyList<OnnxAttribute> Attributes);
