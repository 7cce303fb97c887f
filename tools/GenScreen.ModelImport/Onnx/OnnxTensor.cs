using System.Buffers.Binary;

namespace GenScreen.ModelImport.Onnx;

/// <summary>A constant tensor (initializer), stored as little-endian <c>raw_data</c> as the ONNX spec requires.</summary>
internal sealed record OnnxTensor(string Name, OnnxDataType DataType, IReadOnlyList<long> Dims, byte[] RawData)
{
    public static OnnxTensor FromFloats(string name, IReadOnlyList<long> dims, ReadOnlySpan<float> values) =>
        FromNumbers(name, OnnxDataType.Float, dims, values);

    public static OnnxTensor FromBytes(string name, IReadOnlyList<long> dims, ReadOnlySpan<byte> values)
    {
        CheckCount(name, dims, values.Length);
        return new OnnxTensor(name, OnnxDataType.Uint8, dims, values.ToArray());
    }

    public static OnnxTensor FromInt64s(string name, IReadOnlyList<long> dims, ReadOnlySpan<long> values) =>
        FromNumbers(name, OnnxDataType.Int64, dims, values);

    public static OnnxTensor FromInt8s(string name, IReadOnlyList<long> dims, ReadOnlySpan<sbyte> values)
    {
        CheckCount(name, dims, values.Length);
        return new OnnxTensor(name, OnnxDataType.Int8, dims, System.Runtime.InteropServices.MemoryMarshal.AsBytes(values).ToArray());
    }

    public static OnnxTensor FromInt32s(string name, IReadOnlyList<long> dims, ReadOnlySpan<int> values) =>
        FromNumbers(name, OnnxDataType.Int32, dims, values);

    /// <summary>
    /// Multi-byte numbers as little-endian <c>raw_data</c>: their memory as is on a little-endian host (every host
    /// .NET runs this importer on here), each value's bytes reversed otherwise.
    /// </summary>
    private static OnnxTensor FromNumbers<T>(string name, OnnxDataType type, IReadOnlyList<long> dims, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        CheckCount(name, dims, values.Length);
        var raw = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values).ToArray();
        if (!BitConverter.IsLittleEndian)
        {
            var size = raw.Length / Math.Max(values.Length, 1);
            for (var i = 0; i < raw.Length; i += size)
            {
                raw.AsSpan(i, size).Reverse();
            }
        }

        return new OnnxTensor(name, type, dims, raw);
    }

    /// <summary>Signed 4-bit values in [-8, 7], packed two a byte, the first in the low nibble (ONNX INT4 raw_data).</summary>
    public static OnnxTensor FromInt4s(string name, IReadOnlyList<long> dims, ReadOnlySpan<sbyte> values)
    {
        CheckCount(name, dims, values.Length);
        var raw = new byte[(values.Length + 1) / 2];
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (v is < -8 or > 7)
            {
                throw new ArgumentOutOfRangeException(nameof(values), v, $"Tensor '{name}' value {i} does not fit in 4 bits.");
            }

            raw[i / 2] |= (byte)((v & 0xF) << (i % 2 * 4));
        }

        return new OnnxTensor(name, OnnxDataType.Int4, dims, raw);
    }

    /// <summary>The values of a float tensor.</summary>
    public float[] ToFloats()
    {
        if (DataType != OnnxDataType.Float)
        {
            throw new InvalidOperationException($"Tensor '{Name}' is {DataType}, not float.");
        }

        var values = new float[RawData.Length / sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(RawData.AsSpan(i * sizeof(float)));
        }

        return values;
    }

    public long ElementCount => Dims.Aggregate(1L, (a, b) => a * b);

    private static void CheckCount(string name, IReadOnlyList<long> dims, int count)
    {
        var expected = dims.Aggregate(1L, (a, b) => a * b);
        if (expected != count)
        {
            throw new ArgumentException($"Tensor '{name}' has {count} values but its dims [{string.Join(',', dims)}] need {expected}.", nameof(dims));
        }
    }
}
