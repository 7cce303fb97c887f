namespace GenScreen.ModelImport.Tfjs;

/// <summary>A dequantized float32 weight in its source (Keras) layout, row-major.</summary>
internal sealed record WeightTensor(IReadOnlyList<int> Shape, float[] Values);
