namespace GenScreen.Images.Models;

/// <summary>A located, hash-checked ONNX model file and the SHA-256 (lower-case hex) of its bytes.</summary>
public sealed record ModelFile(string Path, string Sha256);
