using GenScreen.ModelImport.Keras;
using GenScreen.ModelImport.Onnx;
using GenScreen.ModelImport.Tfjs;

namespace GenScreen.ModelImport.FaceRecognition;

/// <summary>
/// Rebuilds face-api's <c>FaceRecognitionNet</c> (src/faceRecognitionNet: a ResNet-34-like net from dlib, 150x150 RGB
/// to a 128-d descriptor) as an ONNX graph from its weights, op for op as the JavaScript runs it:
/// <list type="bullet">
/// <item>normalize: <c>(x - [122.782, 117.001, 104.298]) / 255</c> on the NHWC input, then one Transpose to NCHW;</item>
/// <item>conv layer: Conv (bias as Conv's B) → Mul by the per-channel scale weights → Add the scale biases → optional Relu;
/// TF "same" padding for the 3x3 stride-1 convs (1 pixel each side), "valid" for the stride-2 ones;</item>
/// <item>residual: conv → conv (no Relu) → Add input → Relu; residualDown: stride-2 conv → conv, the shortcut is a 2x2
/// stride-2 average pool, zero-padded in channels (32→64 etc.), and when pool and conv disagree in size the conv output
/// gets one zero row at the bottom and one zero column at the right (face-api's concat of zeros) — ONNX Pad both;</item>
/// <item>head: global mean over H, W (GlobalAveragePool, Flatten) and MatMul by <c>fc</c> [256,128]; no normalisation.</item>
/// </list>
/// Every weight of the manifest must be used. Nodes and initializers are emitted in a fixed order, so the bytes are deterministic.
/// The conv filters and <c>fc</c> (99.9 % of the bytes) stay uint8 in the file, as in the TF.js shard, and are
/// dequantized by the graph (Cast → Mul scale → Add min, which ONNX Runtime folds into constants when it loads the
/// model): 6.5 MB instead of 22.5 MB. The uint8 levels are recovered from the decoded floats and checked to reproduce
/// every one of them exactly; the only difference from tfjs is that the graph dequantizes in float32 (one multiply, one
/// add) where tfjs-core rounds a double once, which moves descriptors by under 4e-6 (MODEL.md, parity).
/// </summary>
internal sealed class FaceRecognitionOnnxConverter
{
    public const int InputSize = 150;

    public const int DescriptorLength = 128;

    public const string InputName = "input";

    public const string OutputName = "descriptor";

    private const string Batch = "N";

    private static readonly float[] MeanRgb = [122.782f, 117.001f, 104.298f];

    private readonly IReadOnlyDictionary<string, WeightTensor> _weights;
    private readonly IReadOnlyDictionary<string, TfjsQuantization> _quantization;
    private readonly HashSet<string> _unused;
    private readonly List<OnnxNode> _nodes = [];
    private readonly List<OnnxTensor> _initializers = [];

    private FaceRecognitionOnnxConverter(IReadOnlyDictionary<string, WeightTensor> weights, IReadOnlyDictionary<string, TfjsQuantization> quantization)
    {
        _weights = weights;
        _quantization = quantization;
        _unused = new HashSet<string>(weights.Keys, StringComparer.Ordinal);
    }

    /// <param name="weights">The decoded weights by manifest name.</param>
    /// <param name="quantization">The manifest's quantization by weight name (uint8 ones are stored as uint8).</param>
    public static OnnxGraph Convert(IReadOnlyDictionary<string, WeightTensor> weights, IReadOnlyDictionary<string, TfjsQuantization> quantization)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(quantization);
        var c = new FaceRecognitionOnnxConverter(weights, quantization);
        var x = c.Stem();
        x = c.Residual(x, "conv32_1");
        x = c.Residual(x, "conv32_2");
        x = c.Residual(x, "conv32_3");
        x = c.ResidualDown(x, "conv64_down");
        x = c.Residual(x, "conv64_1");
        x = c.Residual(x, "conv64_2");
        x = c.Residual(x, "conv64_3");
        x = c.ResidualDown(x, "conv128_down");
        x = c.Residual(x, "conv128_1");
        x = c.Residual(x, "conv128_2");
        x = c.ResidualDown(x, "conv256_down");
        x = c.Residual(x, "conv256_1");
        x = c.Residual(x, "conv256_2");
        x = c.ResidualDown(x, "conv256_down_out");
        c.Head(x);
        if (c._unused.Count > 0)
        {
            throw new InvalidDataException($"Weights not used by the recognition net: {string.Join(", ", c._unused.Order(StringComparer.Ordinal))}.");
        }

        OnnxValueInfo[] inputs = [new(InputName, OnnxDataType.Float, [OnnxDimension.Symbolic(Batch), OnnxDimension.Fixed(InputSize), OnnxDimension.Fixed(InputSize), OnnxDimension.Fixed(3)])];
        OnnxValueInfo[] outputs = [new(OutputName, OnnxDataType.Float, [OnnxDimension.Symbolic(Batch), OnnxDimension.Fixed(DescriptorLength)])];
        return new OnnxGraph("face_recognition_model", c._nodes, c._initializers, inputs, outputs);
    }

    private Value Stem()
    {
        var mean = Initializer("normalize/mean", [3], MeanRgb);
        Emit("Sub", "normalize/centered", [InputName, mean]);
        Emit("Div", "normalize/scaled", ["normalize/centered", Initializer("normalize/255", [], [255f])]);
        Emit("Transpose", "normalize/nchw", ["normalize/scaled"], OnnxAttribute.Of("perm", 0L, 3L, 1L, 2L));
        var x = ConvLayer(new Value("normalize/nchw", 3, InputSize, InputSize), "conv32_down", stride: 2, relu: true, same: false);
        Emit("MaxPool", "conv32_down/maxpool", [x.Name], OnnxAttribute.Of("kernel_shape", 3L, 3L), OnnxAttribute.Of("strides", 2L, 2L));
        return x with { Name = "conv32_down/maxpool", Height = Pooled(x.Height, 3, 2), Width = Pooled(x.Width, 3, 2) };
    }

    private Value Residual(Value x, string prefix)
    {
        var y = ConvLayer(x, $"{prefix}/conv1", stride: 1, relu: true, same: true);
        y = ConvLayer(y, $"{prefix}/conv2", stride: 1, relu: false, same: true);
        Emit("Add", $"{prefix}/add", [y.Name, x.Name]);
        Emit("Relu", $"{prefix}/out", [$"{prefix}/add"]);
        return y with { Name = $"{prefix}/out" };
    }

    private Value ResidualDown(Value x, string prefix)
    {
        var y = ConvLayer(x, $"{prefix}/conv1", stride: 2, relu: true, same: false);
        y = ConvLayer(y, $"{prefix}/conv2", stride: 1, relu: false, same: true);

        Emit("AveragePool", $"{prefix}/pool", [x.Name], OnnxAttribute.Of("kernel_shape", 2L, 2L), OnnxAttribute.Of("strides", 2L, 2L));
        var pooled = x with { Name = $"{prefix}/pool", Height = Pooled(x.Height, 2, 2), Width = Pooled(x.Width, 2, 2) };

        // face-api concatenates one zero row and one zero column to the conv output when its size differs from the pool's.
        if (pooled.Height != y.Height || pooled.Width != y.Width)
        {
            if (pooled.Height != y.Height + 1 || pooled.Width != y.Width + 1)
            {
                throw new InvalidDataException($"{prefix}: pool {pooled.Height}x{pooled.Width} vs conv {y.Height}x{y.Width}; face-api only pads one row and column.");
            }

            Emit("Pad", $"{prefix}/conv2/padded", [y.Name, Int64s($"{prefix}/conv2/pads", [0, 0, 0, 0, 0, 0, 1, 1])]);
            y = y with { Name = $"{prefix}/conv2/padded", Height = pooled.Height, Width = pooled.Width };
        }

        if (pooled.Channels != y.Channels)
        {
            Emit("Pad", $"{prefix}/pool/padded", [pooled.Name, Int64s($"{prefix}/pool/pads", [0, 0, 0, 0, 0, y.Channels - pooled.Channels, 0, 0])]);
            pooled = pooled with { Name = $"{prefix}/pool/padded", Channels = y.Channels };
        }

        Emit("Add", $"{prefix}/add", [pooled.Name, y.Name]);
        Emit("Relu", $"{prefix}/out", [$"{prefix}/add"]);
        return y with { Name = $"{prefix}/out" };
    }

    private Value ConvLayer(Value x, string prefix, int stride, bool relu, bool same)
    {
        var filters = Take($"{prefix}/conv/filters");
        if (filters.Shape.Count != 4 || filters.Shape[2] != x.Channels)
        {
            throw new InvalidDataException($"{prefix}/conv/filters has shape [{string.Join(',', filters.Shape)}], expected [k,k,{x.Channels},out].");
        }

        var (kh, kw, cin, cout) = (filters.Shape[0], filters.Shape[1], filters.Shape[2], filters.Shape[3]);
        var bias = Take($"{prefix}/conv/bias", cout);
        var scaleWeights = Take($"{prefix}/scale/weights", cout);
        var scaleBiases = Take($"{prefix}/scale/biases", cout);

        // TF "same" at stride 1 with an odd kernel pads (k-1)/2 on every side; "valid" pads nothing.
        long pad = same ? (kh - 1) / 2 : 0;
        var w = Weight($"{prefix}/conv/filters", $"{prefix}/conv/W", [cout, cin, kh, kw], KernelLayout.HwioToOihw(filters.Values, kh, kw, cin, cout));
        var b = Initializer($"{prefix}/conv/B", [cout], bias.Values);
        Emit("Conv", $"{prefix}/conv", [x.Name, w, b],
            OnnxAttribute.Of("kernel_shape", (long)kh, kw),
            OnnxAttribute.Of("strides", (long)stride, stride),
            OnnxAttribute.Of("pads", pad, pad, pad, pad));
        Emit("Mul", $"{prefix}/scale/mul", [$"{prefix}/conv", Initializer($"{prefix}/scale/weights", [cout, 1, 1], scaleWeights.Values)]);
        Emit("Add", $"{prefix}/scale/add", [$"{prefix}/scale/mul", Initializer($"{prefix}/scale/biases", [cout, 1, 1], scaleBiases.Values)]);
        var output = $"{prefix}/scale/add";
        if (relu)
        {
            Emit("Relu", $"{prefix}/relu", [output]);
            output = $"{prefix}/relu";
        }

        var height = ((x.Height + (2 * (int)pad) - kh) / stride) + 1;
        var width = ((x.Width + (2 * (int)pad) - kw) / stride) + 1;
        return new Value(output, cout, height, width);
    }

    private void Head(Value x)
    {
        Emit("GlobalAveragePool", "head/mean", [x.Name]);
        Emit("Flatten", "head/flat", ["head/mean"], OnnxAttribute.Of("axis", 1L));
        var fc = Take("fc", x.Channels, DescriptorLength);
        Emit("MatMul", OutputName, ["head/flat", Weight("fc", "fc", [x.Channels, DescriptorLength], fc.Values)]);
    }

    private static int Pooled(int size, int kernel, int stride) => ((size - kernel) / stride) + 1;

    private WeightTensor Take(string name, params int[] expectedShape)
    {
        if (!_weights.TryGetValue(name, out var weight))
        {
            throw new InvalidDataException($"The recognition model has no weight '{name}'.");
        }

        if (expectedShape.Length > 0 && !weight.Shape.SequenceEqual(expectedShape))
        {
            throw new InvalidDataException($"Weight '{name}' has shape [{string.Join(',', weight.Shape)}], expected [{string.Join(',', expectedShape)}].");
        }

        _unused.Remove(name);
        return weight;
    }

    /// <summary>
    /// A weight tensor in the graph: uint8 plus a Cast/Mul/Add dequantization when the manifest stored it as uint8 and
    /// every value is exactly float32(q·scale + min) for an integer q in [0, 255]; otherwise the floats themselves.
    /// </summary>
    private string Weight(string manifestName, string name, long[] dims, float[] values)
    {
        if (!_quantization.TryGetValue(manifestName, out var q) || q.Dtype != "uint8" || q.Scale <= 0)
        {
            return Initializer(name, dims, values);
        }

        var bytes = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var level = Math.Round((values[i] - q.Min) / q.Scale);
            if (level is < 0 or > 255 || (float)((level * q.Scale) + q.Min) != values[i])
            {
                throw new InvalidDataException($"Weight '{manifestName}' value {i} is not a uint8 level of its quantization.");
            }

            bytes[i] = (byte)level;
        }

        _initializers.Add(OnnxTensor.FromBytes($"{name}/uint8", dims, bytes));
        Emit("Cast", $"{name}/levels", [$"{name}/uint8"], OnnxAttribute.Of("to", (long)OnnxDataType.Float));
        Emit("Mul", $"{name}/scaled", [$"{name}/levels", Initializer($"{name}/scale", [], [(float)q.Scale])]);
        Emit("Add", name, [$"{name}/scaled", Initializer($"{name}/min", [], [(float)q.Min])]);
        return name;
    }

    private string Initializer(string name, long[] dims, ReadOnlySpan<float> values)
    {
        _initializers.Add(OnnxTensor.FromFloats(name, dims, values));
        return name;
    }

    private string Int64s(string name, long[] values)
    {
        _initializers.Add(OnnxTensor.FromInt64s(name, [values.Length], values));
        return name;
    }

    private void Emit(string opType, string output, IReadOnlyList<string> inputs, params OnnxAttribute[] attributes) =>
        _nodes.Add(new OnnxNode(opType, $"{output}/{opType}", inputs, [output], attributes));

    /// <summary>An NCHW value in the graph with its per-sample shape.</summary>
    private sealed record Value(string Name, int Channels, int Height, int Width);
}
