using System.Buffers.Binary;

namespace GenScreen.ModelImport.Onnx;

/// <summary>A constant tensor (initializer), stored as little-endian <c>raw_data</c> as the ONNX spec requires.</summary>
internal sealed record OnnxTensor(string Name, OnnxDataType DataType, IReadOnlyList<long> Dims, byte[] RawData)
{
    public static OnnxTensor FromFloats(string name, IReadOnlyList<long> dims, ReadOnlySpan<float> values)
    {
        CheckCount(name, dims, values.Length);
        var raw = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(i * sizeof(float)), values[i]);
        }

        return new OnnxTensor(name, OnnxDataType.Float, dims, raw);
    }

    public static OnnxTensor FromBytes(string name, IReadOnlyList<long> dims, byte[] values)
    {
        CheckCount(name, dims, values.Length);
        return new OnnxTensor(name, OnnxDataType.Uint8, dims, values);
    }

    public static OnnxTensor FromInt64s(string name, IReadOnlyList<long> dims, ReadOnlySpan<long> values)
    {
        CheckCount(name, dims, values.Length);
        var raw = new byte[values.Length * sizeof(long)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(raw.AsSpan(i * sizeof(long)), values[i]);
        }

        return new OnnxTensor(name, OnnxDataType.Int64, dims, raw);
    }

    private static void CheckCount(string name, IReadOnlyList<long> dims, int count)
    {
        var expected = dims.Aggregate(1L, (a, b) => a * b);
        if (expected != count)
        {
            throw new ArgumentException($"Tensor '{name}' has {count} values but its dims [{string.Join(',', dims)}] need {expected}.", nameof(dims));
        }
    }
}
