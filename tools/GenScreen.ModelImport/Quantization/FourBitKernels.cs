using GenScreen.ModelImport.Onnx;

namespace GenScreen.ModelImport.Quantization;

/// <summary>
/// Stores a convolution or dense kernel at 4 bits: each row (an output channel of an OIHW kernel, an input row of a
/// dense kernel: every element after the first axis) gets its own 16 levels, <c>w ≈ q × scale + offset</c> with q in
/// 0…15. The range of each row is the one of ten clipped ranges (its full min/max shrunk about its centre by 0 … 45 %)
/// with the least squared error, so a single outlier does not spend the levels. Two levels share a byte (the first half
/// of the tensor in the low nibbles, the second half in the high ones) and the graph unpacks them with plain opset-13
/// operators (Cast, Floor, Mul, Sub, Concat, Reshape, Add) on constants only, which ONNX Runtime folds when it loads the
/// model: at run time the convolutions see float32 kernels, so the speed is the float model's and only the file shrinks
/// (a quarter of the float32 size, half of the package's 8 bits). Deterministic: same values, same bytes.
/// </summary>
internal static class FourBitKernels
{
    private const int Levels = 15;

    /// <summary>
    /// Smaller kernels keep their precision: the first convolution (RGB in) and the classifier head are sensitive and a
    /// few kilobytes each.
    /// </summary>
    public const int MinimumValues = 16_384;

    /// <summary>Clip ratios tried per row; 1 is the row's full range.</summary>
    private static readonly double[] ClipRatios = [1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55];

    /// <summary>
    /// Adds the packed kernel and its unpacking nodes; <paramref name="name"/> is the float kernel the graph's consumer reads.
    /// <paramref name="values"/> are in the layout of <paramref name="dims"/>, row-major.
    /// </summary>
    public static void Emit(string name, IReadOnlyList<long> dims, float[] values, List<OnnxNode> nodes, List<OnnxTensor> initializers)
    {
        var rows = (int)dims[0];
        var rowLength = values.Length / rows;
        var levels = new byte[values.Length];
        var scales = new float[rows];
        var offsets = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            (scales[r], offsets[r]) = QuantizeRow(values.AsSpan(r * rowLength, rowLength), levels.AsSpan(r * rowLength, rowLength));
        }

        var half = (values.Length + 1) / 2;
        var packed = new byte[half];
        for (var i = 0; i < half; i++)
        {
            var high = half + i < levels.Length ? levels[half + i] : (byte)0;
            packed[i] = (byte)(levels[i] | (high << 4));
        }

        void Node(string op, string output, string[] inputs, params OnnxAttribute[] attributes) =>
            nodes.Add(new OnnxNode(op, $"{output}/{op}", inputs, [output], attributes));
        string Constant(string suffix, float value)
        {
            initializers.Add(OnnxTensor.FromFloats($"{name}/{suffix}", [], [value]));
            return $"{name}/{suffix}";
        }

        string Shape(string suffix, long[] shape)
        {
            initializers.Add(OnnxTensor.FromInt64s($"{name}/{suffix}", [shape.Length], shape));
            return $"{name}/{suffix}";
        }

        initializers.Add(OnnxTensor.FromBytes($"{name}/uint4x2", [half], packed));
        initializers.Add(OnnxTensor.FromFloats($"{name}/row_scale", [rows, 1], scales));
        initializers.Add(OnnxTensor.FromFloats($"{name}/row_offset", [rows, 1], offsets));
        Node("Cast", $"{name}/bytes", [$"{name}/uint4x2"], OnnxAttribute.Of("to", (long)OnnxDataType.Float));
        Node("Mul", $"{name}/sixteenths", [$"{name}/bytes", Constant("one_sixteenth", 0.0625f)]);
        Node("Floor", $"{name}/high", [$"{name}/sixteenths"]);
        Node("Mul", $"{name}/high_x16", [$"{name}/high", Constant("sixteen", 16f)]);
        Node("Sub", $"{name}/low", [$"{name}/bytes", $"{name}/high_x16"]);
        Node("Concat", $"{name}/levels_padded", [$"{name}/low", $"{name}/high"], OnnxAttribute.Of("axis", 0L));
        var levelsName = $"{name}/levels_padded";
        if (half * 2 != values.Length)
        {
            Node("Slice", $"{name}/levels", [levelsName, Shape("slice_start", [0]), Shape("slice_end", [values.Length]), Shape("slice_axis", [0])]);
            levelsName = $"{name}/levels";
        }

        Node("Reshape", $"{name}/rows", [levelsName, Shape("rows_shape", [rows, rowLength])]);
        Node("Mul", $"{name}/scaled", [$"{name}/rows", $"{name}/row_scale"]);
        Node("Add", $"{name}/shifted", [$"{name}/scaled", $"{name}/row_offset"]);
        Node("Reshape", name, [$"{name}/shifted", Shape("kernel_shape", [.. dims])]);
    }

    /// <summary>The reconstruction <c>q × scale + offset</c> in float32, as the graph computes it (for tests and error figures).</summary>
    public static float Dequantize(byte level, float scale, float offset) => (level * scale) + offset;

    /// <summary>Quantizes one row to 16 levels with the clipped range of least squared error; returns its scale and offset.</summary>
    internal static (float Scale, float Offset) QuantizeRow(ReadOnlySpan<float> row, Span<byte> levels)
    {
        var min = float.PositiveInfinity;
        var max = float.NegativeInfinity;
        foreach (var v in row)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if (!(max > min))
        {
            levels.Clear();
            return (1f, min);
        }

        var best = (Scale: 0f, Offset: 0f, Error: double.PositiveInfinity);
        var centre = (min + (double)max) / 2;
        foreach (var ratio in ClipRatios)
        {
            var halfRange = (max - (double)min) / 2 * ratio;
            var scale = (float)(2 * halfRange / Levels);
            var offset = (float)(centre - halfRange);
            var error = 0.0;
            foreach (var v in row)
            {
                var d = v - Dequantize(Level(v, scale, offset), scale, offset);
                error += d * (double)d;
            }

            if (error < best.Error)
            {
                best = (scale, offset, error);
            }
        }

        for (var i = 0; i < row.Length; i++)
        {
            levels[i] = Level(row[i], best.Scale, best.Offset);
        }

        return (best.Scale, best.Offset);
    }

    private static byte Level(float value, float scale, float offset) =>
        (byte)Math.Clamp(Math.Round((value - (double)offset) / scale, MidpointRounding.ToEven), 0, Levels);
}
