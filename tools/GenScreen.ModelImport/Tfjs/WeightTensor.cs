namespace GenScreen.ModelImport.Tfjs;

/// <summary>
/// A dequantized float32 weight in its source (Keras) layout, row-major. For a uint8-quantized weight,
/// <paramref name="Quantized"/> keeps the stored bytes and <paramref name="Quantization"/> their scale and min, so an
/// importer can store the weight at 8 bits and dequantize it in the graph instead.
/// </summary>
internal sealed record WeightTensor(IReadOnlyList<int> Shape, float[] Values, byte[]? Quantized = null, TfjsQuantization? Quantization = null);
