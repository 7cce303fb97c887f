namespace GenScreen.ModelImport.Tfjs;

/// <summary>One entry of a TF.js <c>weightsManifest[].weights</c>: weights are stored back to back in manifest order.</summary>
internal sealed record TfjsWeightSpec(string Name, IReadOnlyList<int> Shape, string Dtype, TfjsQuantization? Quantization)
{
    public int ElementCount => Shape.Aggregate(1, (a, b) => checked(a * b));

    /// <summary>Bytes this weight occupies in the concatenated shard data.</summary>
    public int ByteLength => checked(ElementCount * (Quantization?.Dtype ?? Dtype) switch
    {
        "uint8" => 1,
        "uint16" or "float16" => 2,
        "float32" or "int32" => 4,
        var other => throw new NotSupportedException($"TF.js weight '{Name}' has unsupported storage dtype '{other}'."),
    });
}
