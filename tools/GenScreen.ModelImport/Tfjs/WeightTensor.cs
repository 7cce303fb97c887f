namespace GenScreen.ModelImport.Tfjs;

/// <summary>
/// A dequantized float32 weight in its source (Keras) layout, row-major. <see cref="Uint8"/> keeps the stored uint8
/// values and their affine parameters when the weight was uint8-quantized, so an importer may store them as they came.
/// </summary>
internal sealed record WeightTensor(IReadOnlyList<int> Shape, float[] Values, QuantizedUint8? Uint8 = null);

/// <summary>uint8 weights as stored in a TF.js shard: <c>value = q * Scale + Min</c>.</summary>
internal sealed record QuantizedUint8(byte[] Q, double Scale, double Min);
