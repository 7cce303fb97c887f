namespace GenScreen.ModelImport.Onnx;

/// <summary>A graph: nodes in topological order, constant initializers, and the typed inputs and outputs.</summary>
internal sealed record OnnxGraph(string Name, IReadOnlyList<OnnxNode> Nodes, IReadOnlyList<OnnxTensor> Initializers, IReadOnlyList<OnnxValueInfo> Inputs, IReadOnlyList<OnnxValueInfo> Outputs);
