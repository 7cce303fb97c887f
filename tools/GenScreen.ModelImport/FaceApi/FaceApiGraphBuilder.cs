using System.Globalization;
using GenScreen.ModelImport.Keras;
using GenScreen.ModelImport.Onnx;
using GenScreen.ModelImport.Tfjs;

namespace GenScreen.ModelImport.FaceApi;

/// <summary>
/// Builds an ONNX graph op by op the way face-api's JavaScript composes tfjs ops, for nets whose weights come as a
/// weights-only manifest. Values are NCHW inside the graph (SSD: one Transpose after its NHWC input; the others take planes); shapes are tracked per
/// value so TF "same" padding becomes explicit pads. Every manifest weight must be consumed or explicitly ignored, so
/// a net mapped incompletely fails the import instead of producing a silently wrong model.
/// </summary>
internal sealed class FaceApiGraphBuilder
{
    private const string Batch = "N";

    /// <summary>Weights with at least this many elements keep their uint8 storage (smaller ones are not worth three nodes).</summary>
    private const int MinQuantizedStorage = 4096;

    private readonly IReadOnlyDictionary<string, WeightTensor> _weights;
    private readonly HashSet<string> _unused;
    private readonly List<OnnxNode> _nodes = [];
    private readonly List<OnnxTensor> _initializers = [];
    private readonly Dictionary<string, string> _scalars = new(StringComparer.Ordinal);
    private readonly List<OnnxValueInfo> _inputs = [];
    private readonly List<OnnxValueInfo> _outputs = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public FaceApiGraphBuilder(IReadOnlyDictionary<string, WeightTensor> weights)
    {
        _weights = weights;
        _unused = new HashSet<string>(weights.Keys, StringComparer.Ordinal);
    }

    /// <summary>A graph value: ONNX name and per-sample NCHW shape (<c>[C,H,W]</c>), or <c>[F]</c> for vectors.</summary>
    public sealed record Value(string Name, int[] Shape)
    {
        public int Channels => Shape[0];

        public int Height => Shape[1];

        public int Width => Shape[2];
    }

    /// <summary>The NHWC float input <c>[N,size,size,3]</c>, transposed to NCHW.</summary>
    public Value ImageInput(string name, int size)
    {
        _inputs.Add(new OnnxValueInfo(name, OnnxDataType.Float, [OnnxDimension.Symbolic(Batch), OnnxDimension.Fixed(size), OnnxDimension.Fixed(size), OnnxDimension.Fixed(3)]));
        return Emit("Transpose", $"{name}/nchw", [name], [3, size, size], OnnxAttribute.Of("perm", 0L, 3L, 1L, 2L));
    }

    /// <summary>
    /// The NCHW float input <c>[N,3,size,size]</c>, already normalized by the caller (the analyzer writes planes, so the
    /// graph needs neither a transpose nor the element-wise normalization).
    /// </summary>
    public Value PlanarInput(string name, int size)
    {
        Claim(name);
        _inputs.Add(new OnnxValueInfo(name, OnnxDataType.Float, [OnnxDimension.Symbolic(Batch), OnnxDimension.Fixed(3), OnnxDimension.Fixed(size), OnnxDimension.Fixed(size)]));
        return new Value(name, [3, size, size]);
    }

    /// <summary>Marks manifest entries face-api loads but never uses (TF graph constants), so they do not count as unconsumed.</summary>
    public void Ignore(params string[] names)
    {
        foreach (var name in names)
        {
            if (!_unused.Remove(name))
            {
                throw new InvalidDataException($"Weight '{name}' to ignore is not in the manifest.");
            }
        }
    }

    public WeightTensor Weight(string name, params int[] shape)
    {
        if (!_weights.TryGetValue(name, out var weight))
        {
            throw new InvalidDataException($"Weight '{name}' is missing from the manifest.");
        }

        if (!weight.Shape.SequenceEqual(shape))
        {
            throw new InvalidDataException($"Weight '{name}' has shape [{string.Join(',', weight.Shape)}], expected [{string.Join(',', shape)}].");
        }

        _unused.Remove(name);
        return weight;
    }

    /// <summary><c>tf.conv2d(x, filters, stride, 'same')</c> with an HWIO filter, plus an optional per-channel bias (<c>tf.add</c>).</summary>
    public Value Conv(Value x, string filterName, string? biasName, int stride, string output)
    {
        var f = _weights.TryGetValue(filterName, out var probe) ? probe.Shape : throw new InvalidDataException($"Weight '{filterName}' is missing from the manifest.");
        var (k, cout) = (f[0], f[3]);
        var filter = Weight(filterName, k, k, x.Channels, cout);
        var inputs = new List<string> { x.Name, WeightInitializer($"{output}/filter_oihw", [cout, x.Channels, k, k], filter, v => KernelLayout.HwioToOihw(v, k, k, x.Channels, cout)) };
        if (biasName is not null)
        {
            inputs.Add(Initializer($"{output}/bias", [cout], Weight(biasName, cout).Values));
        }

        return ConvNode(x, inputs, k, stride, group: 1, cout, output);
    }

    /// <summary><c>tf.conv2d(x, filters, 1, 'valid')</c> with an HWIO filter and a per-channel bias (tiny detector's first layer).</summary>
    public Value ConvValid(Value x, string filterName, string biasName, string output)
    {
        var f = _weights.TryGetValue(filterName, out var probe) ? probe.Shape : throw new InvalidDataException($"Weight '{filterName}' is missing from the manifest.");
        var (k, cout) = (f[0], f[3]);
        var filter = Weight(filterName, k, k, x.Channels, cout);
        var kernel = WeightInitializer($"{output}/filter_oihw", [cout, x.Channels, k, k], filter, v => KernelLayout.HwioToOihw(v, k, k, x.Channels, cout));
        var bias = Initializer($"{output}/bias", [cout], Weight(biasName, cout).Values);
        return Emit("Conv", output, [x.Name, kernel, bias], [cout, x.Height - k + 1, x.Width - k + 1],
            OnnxAttribute.Of("dilations", 1L, 1L),
            OnnxAttribute.Of("group", 1L),
            OnnxAttribute.Of("kernel_shape", k, k),
            OnnxAttribute.Of("pads", 0L, 0L, 0L, 0L),
            OnnxAttribute.Of("strides", 1L, 1L));
    }

    /// <summary><c>tf.depthwiseConv2d(x, filter, stride, 'same')</c> with a <c>[k,k,C,1]</c> filter, as a grouped Conv.</summary>
    public Value DepthwiseConv(Value x, string filterName, int stride, string output)
    {
        var filter = Weight(filterName, 3, 3, x.Channels, 1);
        var kernel = WeightInitializer($"{output}/filter", [x.Channels, 1, 3, 3], filter, v => KernelLayout.DepthwiseToGrouped(v, 3, 3, x.Channels, 1));
        return ConvNode(x, [x.Name, kernel], 3, stride, x.Channels, x.Channels, output);
    }

    /// <summary>
    /// face-api's <c>depthwiseSeparableConv</c>: <c>tf.separableConv2d(x, depthwise, pointwise, stride, 'same')</c> then
    /// <c>tf.add(bias)</c>; tfjs runs it as a depthwise conv followed by a 1×1 conv, and so does the graph.
    /// </summary>
    public Value SeparableConv(Value x, string prefix, int stride)
    {
        var depthwise = DepthwiseConv(x, $"{prefix}/depthwise_filter", stride, $"{prefix}/depthwise");
        return Conv(depthwise, $"{prefix}/pointwise_filter", $"{prefix}/bias", 1, prefix);
    }

    /// <summary><c>tf.batchNorm(x, mean, variance, offset, scale, epsilon)</c> over channels.</summary>
    public Value BatchNorm(Value x, string prefix, float epsilon, string output)
    {
        var c = x.Channels;
        return Emit("BatchNormalization", output,
            [
                x.Name,
                Initializer($"{output}/gamma", [c], Weight($"{prefix}/gamma", c).Values),
                Initializer($"{output}/beta", [c], Weight($"{prefix}/beta", c).Values),
                Initializer($"{output}/mean", [c], Weight($"{prefix}/moving_mean", c).Values),
                Initializer($"{output}/variance", [c], Weight($"{prefix}/moving_variance", c).Values),
            ],
            x.Shape,
            OnnxAttribute.Of("epsilon", epsilon));
    }

    /// <summary><c>tf.add(x, offset)</c> with a per-channel vector (SSD's folded batch-norm offsets).</summary>
    public Value AddChannelBias(Value x, string biasName, string output)
    {
        var bias = Weight(biasName, x.Channels).Values;
        return Emit("Add", output, [x.Name, Initializer($"{output}/offset", [x.Channels, 1, 1], bias)], x.Shape);
    }

    public Value Relu(Value x, string output) => Emit("Relu", output, [x.Name], x.Shape);

    /// <summary>
    /// face-api's <c>leaky</c>: <c>relu(x − 0.1·x) + 0.1·x</c>, i.e. a leaky ReLU with slope 0.1 (ONNX <c>LeakyRelu</c>; the
    /// two differ by float rounding only, which the parity test bounds).
    /// </summary>
    public Value LeakyRelu(Value x, float alpha, string output) => Emit("LeakyRelu", output, [x.Name], x.Shape, OnnxAttribute.Of("alpha", alpha));

    /// <summary><c>tf.clipByValue(x, 0, 6)</c>.</summary>
    public Value Relu6(Value x, string output) => Emit("Clip", output, [x.Name, Scalar(0f), Scalar(6f)], x.Shape);

    public Value Add(Value a, Value b, string output)
    {
        if (!a.Shape.SequenceEqual(b.Shape))
        {
            throw new InvalidOperationException($"Add '{output}': shapes [{string.Join(',', a.Shape)}] and [{string.Join(',', b.Shape)}] differ.");
        }

        return Emit("Add", output, [a.Name, b.Name], a.Shape);
    }

    /// <summary><c>tf.sub(x, c)</c> / <c>tf.div(x, c)</c> / <c>tf.mul(x, c)</c> with a float constant broadcast over the value.</summary>
    public Value Binary(string op, Value x, float constant, string output) => Emit(op, output, [x.Name, Scalar(constant)], x.Shape);

    /// <summary><c>tf.maxPool(x, [k,k], [s,s], 'same')</c>: ONNX MaxPool ignores pad cells, as TF does.</summary>
    public Value MaxPoolSame(Value x, int k, int s, string output)
    {
        var (top, bottom) = SamePadding(x.Height, k, s);
        var (left, right) = SamePadding(x.Width, k, s);
        return Emit("MaxPool", output, [x.Name], [x.Channels, (x.Height + s - 1) / s, (x.Width + s - 1) / s],
            OnnxAttribute.Of("kernel_shape", k, k),
            OnnxAttribute.Of("pads", top, left, bottom, right),
            OnnxAttribute.Of("strides", s, s));
    }

    /// <summary><c>tf.avgPool(x, [k,k], [s,s], 'valid')</c>.</summary>
    public Value AvgPoolValid(Value x, int k, int s, string output) =>
        Emit("AveragePool", output, [x.Name], [x.Channels, ((x.Height - k) / s) + 1, ((x.Width - k) / s) + 1],
            OnnxAttribute.Of("kernel_shape", k, k),
            OnnxAttribute.Of("strides", s, s));

    /// <summary>Flattens a 1×1 feature map to <c>[N,C]</c> (the order NHWC and NCHW agree on when H = W = 1).</summary>
    public Value Flatten1x1(Value x, string output)
    {
        if (x.Height != 1 || x.Width != 1)
        {
            throw new InvalidOperationException($"Flatten '{output}' expects a 1x1 feature map, not {x.Height}x{x.Width}.");
        }

        return Emit("Flatten", output, [x.Name], [x.Channels], OnnxAttribute.Of("axis", 1L));
    }

    /// <summary>face-api's <c>fullyConnectedLayer</c>: <c>matMul(x, weights) + bias</c> with weights <c>[in,out]</c>.</summary>
    public Value Dense(Value x, string prefix, int units, string output)
    {
        var weights = Weight($"{prefix}/weights", x.Shape[0], units);
        var bias = Weight($"{prefix}/bias", units);
        return Emit("Gemm", output, [x.Name, WeightInitializer($"{output}/weights", [x.Shape[0], units], weights, v => v), Initializer($"{output}/bias", [units], bias.Values)], [units]);
    }

    /// <summary>NCHW → NHWC (the layout tfjs hands its caller).</summary>
    public Value ToNhwc(Value x, string output) =>
        Emit("Transpose", output, [x.Name], [x.Height, x.Width, x.Channels], OnnxAttribute.Of("perm", 0L, 2L, 3L, 1L));

    /// <summary>NCHW → NHWC then reshape to <c>[N,-1,last]</c>: the order tfjs's <c>reshape</c> of an NHWC conv output gives.</summary>
    public string ToRows(Value x, int last, string output)
    {
        var nhwc = Emit("Transpose", $"{output}/nhwc", [x.Name], [x.Height, x.Width, x.Channels], OnnxAttribute.Of("perm", 0L, 2L, 3L, 1L));
        Emit("Reshape", output, [nhwc.Name, Int64s($"{output}/shape", [0, -1, last])], []);
        return output;
    }

    /// <summary>Emits a node with a raw output (for the few ops whose shapes the caller tracks itself).</summary>
    public string Raw(string op, string output, IReadOnlyList<string> inputs, params OnnxAttribute[] attributes)
    {
        Emit(op, output, inputs, [], attributes);
        return output;
    }

    /// <summary>Emits a node with several outputs (Split).</summary>
    public void RawMulti(string op, string name, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, params OnnxAttribute[] attributes)
    {
        foreach (var output in outputs)
        {
            Claim(output);
        }

        _nodes.Add(new OnnxNode(op, $"{name}/{op}", inputs, outputs, attributes));
    }

    public string Initializer(string name, long[] dims, ReadOnlySpan<float> values)
    {
        Claim(name);
        _initializers.Add(OnnxTensor.FromFloats(name, dims, values));
        return name;
    }

    /// <summary>
    /// A weight in ONNX layout (<paramref name="layout"/> reorders the source values). A large uint8-quantized weight is
    /// stored as it came, uint8 plus its scale and minimum, and dequantized by <c>Cast → Mul → Add</c> nodes that ONNX
    /// Runtime folds into a float32 constant when it loads the model: the file is four times smaller and the session the
    /// same. (The folded value is <c>float(float(q)·scale) + min</c> in float32, within an ulp or two of tfjs's
    /// double-precision dequantization; the parity test bounds the effect.)
    /// </summary>
    public string WeightInitializer(string name, long[] dims, WeightTensor weight, Func<float[], float[]> layout)
    {
        if (weight.Quantized is not { } stored || weight.Quantization is not { } quantization || weight.Values.Length < MinQuantizedStorage)
        {
            return Initializer(name, dims, layout(weight.Values));
        }

        // Reorder the stored bytes exactly as the values: run the layout on element indices (exact in float32 below 2^24).
        var indices = new float[weight.Values.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }

        var order = layout(indices);
        var q = new byte[order.Length];
        for (var i = 0; i < q.Length; i++)
        {
            q[i] = stored[(int)order[i]];
        }

        Claim($"{name}/q");
        _initializers.Add(OnnxTensor.FromBytes($"{name}/q", dims, q));
        var asFloat = Raw("Cast", $"{name}/float", [$"{name}/q"], OnnxAttribute.Of("to", (long)OnnxDataType.Float));
        var scaled = Raw("Mul", $"{name}/scaled", [asFloat, Initializer($"{name}/scale", [], [(float)quantization.Scale])]);
        return Raw("Add", name, [scaled, Initializer($"{name}/min", [], [(float)quantization.Min])]);
    }

    public string Int64s(string name, long[] values)
    {
        Claim(name);
        _initializers.Add(OnnxTensor.FromInt64s(name, [values.Length], values));
        return name;
    }

    /// <summary>A shared float scalar constant, emitted once per distinct value.</summary>
    public string Scalar(float value)
    {
        var key = value.ToString("R", CultureInfo.InvariantCulture);
        if (!_scalars.TryGetValue(key, out var name))
        {
            name = $"const/{key}";
            Initializer(name, [], [value]);
            _scalars[key] = name;
        }

        return name;
    }

    public void Output(string name, params long[] perSampleShape) =>
        _outputs.Add(new OnnxValueInfo(name, OnnxDataType.Float, [OnnxDimension.Symbolic(Batch), .. perSampleShape.Select(OnnxDimension.Fixed)]));

    public OnnxGraph Build(string graphName)
    {
        if (_unused.Count > 0)
        {
            throw new InvalidDataException($"Weights not used by the graph: {string.Join(", ", _unused.Order(StringComparer.Ordinal))}.");
        }

        return new OnnxGraph(graphName, _nodes, _initializers, _inputs, _outputs);
    }

    /// <summary>TensorFlow's SAME padding: output = ceil(in/stride), the odd pixel of padding goes after.</summary>
    private static (int Before, int After) SamePadding(int size, int kernel, int stride)
    {
        var output = (size + stride - 1) / stride;
        var total = Math.Max(((output - 1) * stride) + kernel - size, 0);
        return (total / 2, total - (total / 2));
    }

    private Value ConvNode(Value x, List<string> inputs, int k, int stride, int group, int cout, string output)
    {
        var (top, bottom) = SamePadding(x.Height, k, stride);
        var (left, right) = SamePadding(x.Width, k, stride);
        return Emit("Conv", output, inputs, [cout, (x.Height + stride - 1) / stride, (x.Width + stride - 1) / stride],
            OnnxAttribute.Of("dilations", 1L, 1L),
            OnnxAttribute.Of("group", (long)group),
            OnnxAttribute.Of("kernel_shape", k, k),
            OnnxAttribute.Of("pads", top, left, bottom, right),
            OnnxAttribute.Of("strides", stride, stride));
    }

    private Value Emit(string op, string output, IReadOnlyList<string> inputs, int[] shape, params OnnxAttribute[] attributes)
    {
        Claim(output);
        _nodes.Add(new OnnxNode(op, $"{output}/{op}", inputs, [output], attributes));
        return new Value(output, shape);
    }

    private void Claim(string name)
    {
        if (!_names.Add(name))
        {
            throw new InvalidOperationException($"ONNX value name '{name}' is used twice.");
        }
    }
}
