using System.Buffers.Binary;

namespace GenScreen.ModelImport.Tfjs;

/// <summary>
/// Turns the concatenated shard bytes into float32 tensors exactly like tfjs-core's <c>decodeWeights</c>:
/// uint8/uint16 values are dequantized as <c>float32(q * scale + min)</c>, with the product and sum in double precision
/// (JavaScript numbers) and one final rounding to float32, so the weights match what nsfwjs and face-api run bit for bit.
/// int32 entries (graph constants that weights-only manifests carry along, unused by the converted nets) are decoded
/// to floats only so the offsets of the weights after them stay right.
/// </summary>
internal static class TfjsWeightDecoder
{
    public static IReadOnlyDictionary<string, WeightTensor> Decode(IReadOnlyList<TfjsWeightSpec> specs, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var result = new Dictionary<string, WeightTensor>(StringComparer.Ordinal);
        var offset = 0;
        foreach (var spec in specs)
        {
            if (spec.Dtype is not ("float32" or "int32"))
            {
                throw new NotSupportedException($"TF.js weight '{spec.Name}' has dtype '{spec.Dtype}'; only float32 (and int32 graph constants) are supported.");
            }

            var length = spec.ByteLength;
            if (offset + length > data.Length)
            {
                throw new InvalidDataException($"TF.js weight data ends before weight '{spec.Name}' (needs {offset + length} bytes, has {data.Length}).");
            }

            var values = DecodeOne(spec, data.Slice(offset, length));
            var uint8 = spec.Dtype == "float32" && spec.Quantization is { Dtype: "uint8" } q
                ? new QuantizedUint8(data.Slice(offset, length).ToArray(), q.Scale, q.Min)
                : null;
            if (!result.TryAdd(spec.Name, new WeightTensor(spec.Shape, values, uint8)))
            {
                throw new InvalidDataException($"TF.js weight '{spec.Name}' appears twice in the manifest.");
            }

            offset += length;
        }

        if (offset != data.Length)
        {
            throw new InvalidDataException($"TF.js weight data has {data.Length} bytes but the manifest describes {offset}.");
        }

        return result;
    }

    private static float[] DecodeOne(TfjsWeightSpec spec, ReadOnlySpan<byte> bytes)
    {
        var values = new float[spec.ElementCount];
        var q = spec.Quantization;
        switch (q?.Dtype)
        {
            case null when spec.Dtype == "int32":
                // Graph-model constants (shapes, axes) that weights-only manifests carry along; kept as floats.
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * 4)..]);
                }

                break;
            case null:
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * 4)..]);
                }

                break;
            case "uint8":
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = (float)((bytes[i] * q.Scale) + q.Min);
                }

                break;
            case "uint16":
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = (float)((BinaryPrimitives.ReadUInt16LittleEndian(bytes[(i * 2)..]) * q.Scale) + q.Min);
                }

                break;
            case "float16":
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes[(i * 2)..]);
                }

                break;
            default:
                throw new NotSupportedException($"TF.js weight '{spec.Name}' uses unsupported quantization '{q.Dtype}'.");
        }

        return values;
    }
}
