namespace GenScreen.ModelImport.Onnx;

/// <summary>A model file: IR and default-domain opset versions, producer, documentation, metadata and the graph.</summary>
internal sealed record OnnxModel(
    long IrVersion,
    long OpsetVersion,
    string ProducerName,
    string ProducerVersion,
    string DocString,
    OnnxGraph Graph,
    IReadOnlyList<KeyValuePair<string, string>> Metadata);
