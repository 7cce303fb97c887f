using System.Text.Json.Nodes;
using GenScreen.ModelImport.Onnx;
using GenScreen.ModelImport.Tfjs;

namespace GenScreen.ModelImport.Keras;

/// <summary>
/// Lowers a Keras functional model (the layer kinds MobileNet- and Inception-style classifiers use) to an ONNX graph, one layer at a time.
/// The graph keeps the Keras interface, an NHWC float input named after the input layer and the output named after the
/// output layer, and transposes once to NCHW at the input because ONNX Conv/Pool are channels-first.
/// BatchNormalization stays a node (ONNX Runtime folds it into the preceding Conv when it loads the model), so every
/// weight is stored exactly as dequantized; or, with <c>compactWeights</c>, the uint8-quantized convolution and dense
/// kernels are stored as their bytes and dequantized in the graph (Cast, Mul by scale, Add min: constants that ONNX
/// Runtime folds at load, so inference runs on float weights within a few ulp of tfjs's), a quarter of the size. Every weight in the manifest must be consumed, so a layer mapped
/// incompletely fails the import instead of producing a silently wrong model.
/// </summary>
internal sealed class KerasOnnxConverter
{
    private const string Batch = "N";

    private readonly IReadOnlyDictionary<string, WeightTensor> _weights;
    private readonly HashSet<string> _unusedWeights;
    private readonly List<OnnxNode> _nodes = [];
    private readonly List<OnnxTensor> _initializers = [];
    private readonly Dictionary<string, string> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConvertedTensor> _tensors = new(StringComparer.Ordinal);
    private readonly List<OnnxValueInfo> _inputs = [];
    private readonly bool _compactWeights;

    private KerasOnnxConverter(IReadOnlyDictionary<string, WeightTensor> weights, bool compactWeights)
    {
        _weights = weights;
        _compactWeights = compactWeights;
        _unusedWeights = new HashSet<string>(weights.Keys, StringComparer.Ordinal);
    }

    public static OnnxGraph Convert(KerasLayersModel model, IReadOnlyDictionary<string, WeightTensor> weights, bool compactWeights = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(weights);
        var converter = new KerasOnnxConverter(weights, compactWeights);
        foreach (var layer in model.Layers)
        {
            converter._tensors[layer.Name] = converter.ConvertLayer(layer);
        }

        if (converter._unusedWeights.Count > 0)
        {
            throw new InvalidDataException($"Weights not used by any layer: {string.Join(", ", converter._unusedWeights.Order(StringComparer.Ordinal))}.");
        }

        var outputs = model.OutputLayers.Select(converter.ToGraphOutput).ToList();
        return new OnnxGraph(model.Name, converter._nodes, converter._initializers, converter._inputs, outputs);
    }

    private ConvertedTensor ConvertLayer(KerasLayer layer) => layer.ClassName switch
    {
        "InputLayer" => Input(layer),
        "ZeroPadding2D" => ZeroPadding(layer),
        "Conv2D" => Conv(layer, depthwise: false),
        "DepthwiseConv2D" => Conv(layer, depthwise: true),
        "BatchNormalization" => BatchNormalization(layer),
        "ReLU" => Relu(layer),
        "Activation" => Activation(layer, Single(layer), KerasConfig.String(layer, "activation"), layer.Name),
        "Add" => Add(layer),
        "AveragePooling2D" => Pooling(layer, "AveragePool"),
        "MaxPooling2D" => Pooling(layer, "MaxPool"),
        "GlobalAveragePooling2D" => GlobalAveragePooling(layer),
        "Concatenate" => Concatenate(layer),
        "Flatten" => Flatten(layer),
        "Dense" => Dense(layer),
        "Dropout" => Materialize(Single(layer)), // inference: identity
        _ => throw new NotSupportedException($"Keras layer class '{layer.ClassName}' (layer '{layer.Name}') is not supported by the ONNX importer."),
    };

    private ConvertedTensor Input(KerasLayer layer)
    {
        var shape = layer.Config["batch_input_shape"]?.AsArray().Select(d => d?.GetValue<int>()).ToArray()
            ?? throw new InvalidDataException($"Input layer '{layer.Name}' has no batch_input_shape.");
        if (shape.Length != 4 || shape[1..].Any(d => d is null))
        {
            throw new NotSupportedException($"Input layer '{layer.Name}' must be [batch,H,W,C] with fixed H, W, C.");
        }

        var (h, w, c) = (shape[1]!.Value, shape[2]!.Value, shape[3]!.Value);
        _inputs.Add(new OnnxValueInfo(layer.Name, OnnxDataType.Float, [OnnxDimension.Symbolic(Batch), OnnxDimension.Fixed(h), OnnxDimension.Fixed(w), OnnxDimension.Fixed(c)]));
        var nchw = $"{layer.Name}/nchw";
        Emit("Transpose", nchw, [layer.Name], OnnxAttribute.Of("perm", 0L, 3L, 1L, 2L));
        return new ConvertedTensor(nchw, [c, h, w]);
    }

    private ConvertedTensor ZeroPadding(KerasLayer layer)
    {
        KerasConfig.RequireChannelsLast(layer);
        var input = Image(layer);
        int top, bottom, left, right;
        var padding = layer.Config["padding"];
        if (padding is JsonArray { Count: 2 } a && a[0] is JsonArray rows && a[1] is JsonArray cols)
        {
            (top, bottom, left, right) = (rows[0]!.GetValue<int>(), rows[1]!.GetValue<int>(), cols[0]!.GetValue<int>(), cols[1]!.GetValue<int>());
        }
        else
        {
            var (r, c) = KerasConfig.Pair(layer, "padding");
            (top, bottom, left, right) = (r, r, c, c);
        }

        var pending = input.PendingPads ?? [0, 0, 0, 0];
        return input with
        {
            Shape = [input.Channels, input.Height + top + bottom, input.Width + left + right],
            PendingPads = [pending[0] + top, pending[1] + left, pending[2] + bottom, pending[3] + right],
        };
    }

    private ConvertedTensor Conv(KerasLayer layer, bool depthwise)
    {
        KerasConfig.RequireChannelsLast(layer);
        var input = Image(layer);
        var (kh, kw) = KerasConfig.Pair(layer, "kernel_size");
        var (sh, sw) = KerasConfig.Pair(layer, "strides", (1, 1));
        var (dh, dw) = KerasConfig.Pair(layer, "dilation_rate", (1, 1));
        if (layer.Config["groups"] is { } groups && groups.GetValue<int>() != 1)
        {
            throw new NotSupportedException($"Conv2D '{layer.Name}' uses groups; not supported.");
        }

        var padding = KerasConfig.String(layer, "padding");
        int[] pads; // [top, left, bottom, right]
        if (padding == "valid")
        {
            pads = [.. input.PendingPads ?? [0, 0, 0, 0]];
        }
        else if (padding == "same")
        {
            input = Materialize(input);
            var (top, bottom) = SamePadding(input.Height, kh, sh, dh);
            var (left, right) = SamePadding(input.Width, kw, sw, dw);
            pads = [top, left, bottom, right];
        }
        else
        {
            throw new NotSupportedException($"Layer '{layer.Name}' uses padding '{padding}'.");
        }

        // Heights/widths here are of the unpadded ONNX value; pending pads were already added to input.Shape.
        var inH = input.Height - (input.PendingPads is null ? 0 : input.PendingPads[0] + input.PendingPads[2]);
        var inW = input.Width - (input.PendingPads is null ? 0 : input.PendingPads[1] + input.PendingPads[3]);
        var outH = ((inH + pads[0] + pads[2] - (((kh - 1) * dh) + 1)) / sh) + 1;
        var outW = ((inW + pads[1] + pads[3] - (((kw - 1) * dw) + 1)) / sw) + 1;

        string kernelName;
        int outChannels, group;
        if (depthwise)
        {
            var multiplier = layer.Config["depth_multiplier"]?.GetValue<int>() ?? 1;
            var w = Weight(layer, "depthwise_kernel", kh, kw, input.Channels, multiplier);
            outChannels = input.Channels * multiplier;
            group = input.Channels;
            long[] dims = [outChannels, 1, kh, kw];
            kernelName = CompactOrFloat(w, $"{layer.Name}/kernel_oihw", dims,
                q => KernelLayout.DepthwiseToGrouped<byte>(q, kh, kw, input.Channels, multiplier),
                v => KernelLayout.DepthwiseToGrouped<float>(v, kh, kw, input.Channels, multiplier));
        }
        else
        {
            outChannels = KerasConfig.Int(layer, "filters");
            var w = Weight(layer, "kernel", kh, kw, input.Channels, outChannels);
            group = 1;
            long[] dims = [outChannels, input.Channels, kh, kw];
            kernelName = CompactOrFloat(w, $"{layer.Name}/kernel_oihw", dims,
                q => KernelLayout.HwioToOihw<byte>(q, kh, kw, input.Channels, outChannels),
                v => KernelLayout.HwioToOihw<float>(v, kh, kw, input.Channels, outChannels));
        }

        var inputs = new List<string> { input.OnnxName, kernelName };
        if (KerasConfig.Bool(layer, "use_bias", true))
        {
            inputs.Add(Initializer($"{layer.Name}/bias", [outChannels], Weight(layer, "bias", outChannels).Values));
        }

        var activation = KerasConfig.String(layer, "activation", "linear");
        var convOut = activation == "linear" ? layer.Name : $"{layer.Name}/conv";
        Emit("Conv", convOut, inputs,
            OnnxAttribute.Of("dilations", dh, dw),
            OnnxAttribute.Of("group", (long)group),
            OnnxAttribute.Of("kernel_shape", kh, kw),
            OnnxAttribute.Of("pads", pads[0], pads[1], pads[2], pads[3]),
            OnnxAttribute.Of("strides", sh, sw));
        return Activation(layer, new ConvertedTensor(convOut, [outChannels, outH, outW]), activation, layer.Name);
    }

    /// <summary>TensorFlow's SAME padding: output = ceil(in/stride), the odd pixel of padding goes after (ONNX SAME_UPPER).</summary>
    private static (int Before, int After) SamePadding(int size, int kernel, int stride, int dilation)
    {
        var output = (size + stride - 1) / stride;
        var total = Math.Max(((output - 1) * stride) + (((kernel - 1) * dilation) + 1) - size, 0);
        return (total / 2, total - (total / 2));
    }

    private ConvertedTensor BatchNormalization(KerasLayer layer)
    {
        var input = Materialize(Single(layer));
        var axis = layer.Config["axis"]?.GetValue<int>() ?? -1;
        var rank = input.Shape.Count + 1;
        if (axis != -1 && axis != rank - 1)
        {
            throw new NotSupportedException($"BatchNormalization '{layer.Name}' normalizes axis {axis}; only the channel (last) axis is supported.");
        }

        var c = input.Channels;
        var gamma = KerasConfig.Bool(layer, "scale", true) ? Weight(layer, "gamma", c).Values : Enumerable.Repeat(1f, c).ToArray();
        var beta = KerasConfig.Bool(layer, "center", true) ? Weight(layer, "beta", c).Values : new float[c];
        Emit("BatchNormalization", layer.Name,
            [
                input.OnnxName,
                Initializer($"{layer.Name}/gamma", [c], gamma),
                Initializer($"{layer.Name}/beta", [c], beta),
                Initializer($"{layer.Name}/moving_mean", [c], Weight(layer, "moving_mean", c).Values),
                Initializer($"{layer.Name}/moving_variance", [c], Weight(layer, "moving_variance", c).Values),
            ],
            OnnxAttribute.Of("epsilon", (float)(KerasConfig.NullableDouble(layer, "epsilon") ?? 1e-3)));
        return input with { OnnxName = layer.Name };
    }

    private ConvertedTensor Relu(KerasLayer layer)
    {
        var input = Materialize(Single(layer));
        if ((KerasConfig.NullableDouble(layer, "negative_slope") ?? 0) != 0 || (KerasConfig.NullableDouble(layer, "threshold") ?? 0) != 0)
        {
            throw new NotSupportedException($"ReLU '{layer.Name}' has a negative slope or threshold; not supported.");
        }

        if (KerasConfig.NullableDouble(layer, "max_value") is { } max)
        {
            // Opset 13 Clip takes its bounds as inputs; ReLU6 is Clip(x, 0, 6).
            Emit("Clip", layer.Name, [input.OnnxName, Scalar(0f), Scalar((float)max)]);
        }
        else
        {
            Emit("Relu", layer.Name, [input.OnnxName]);
        }

        return input with { OnnxName = layer.Name };
    }

    private ConvertedTensor Activation(KerasLayer layer, ConvertedTensor input, string activation, string output)
    {
        input = Materialize(input);
        var op = activation switch
        {
            "linear" => null,
            "relu" => "Relu",
            "sigmoid" => "Sigmoid",
            "tanh" => "Tanh",
            "softmax" when !input.IsImage => "Softmax", // over the features axis, as Keras does
            _ => throw new NotSupportedException($"Activation '{activation}' of layer '{layer.Name}' is not supported here."),
        };
        if (op is null)
        {
            return input;
        }

        Emit(op, output, [input.OnnxName], op == "Softmax" ? [OnnxAttribute.Of("axis", -1L)] : []);
        return input with { OnnxName = output };
    }

    private ConvertedTensor Add(KerasLayer layer)
    {
        var inputs = layer.Inputs.Select(name => Materialize(_tensors[name])).ToList();
        if (inputs.Count < 2 || inputs.Any(t => !t.Shape.SequenceEqual(inputs[0].Shape)))
        {
            throw new NotSupportedException($"Add '{layer.Name}' needs two or more inputs of equal shape.");
        }

        var sum = inputs[0].OnnxName;
        for (var i = 1; i < inputs.Count; i++)
        {
            var output = i == inputs.Count - 1 ? layer.Name : $"{layer.Name}/partial{i}";
            Emit("Add", output, [sum, inputs[i].OnnxName]);
            sum = output;
        }

        return inputs[0] with { OnnxName = layer.Name };
    }

    /// <summary>
    /// AveragePooling2D / MaxPooling2D, valid or same. TF's SAME average pooling divides by the number of real (not
    /// padded) cells, which is ONNX AveragePool's default count_include_pad=0; MaxPool pads with -inf in both.
    /// </summary>
    private ConvertedTensor Pooling(KerasLayer layer, string op)
    {
        KerasConfig.RequireChannelsLast(layer);
        var input = Materialize(Image(layer));
        var (ph, pw) = KerasConfig.Pair(layer, "pool_size");
        var (sh, sw) = KerasConfig.Pair(layer, "strides", (ph, pw));
        var padding = KerasConfig.String(layer, "padding", "valid");
        int top = 0, bottom = 0, left = 0, right = 0;
        if (padding == "same")
        {
            (top, bottom) = SamePadding(input.Height, ph, sh, 1);
            (left, right) = SamePadding(input.Width, pw, sw, 1);
        }
        else if (padding != "valid")
        {
            throw new NotSupportedException($"{layer.ClassName} '{layer.Name}' uses padding '{padding}'.");
        }

        // pads only when there are any, so graphs without them (MobileNetV2) stay byte-identical to earlier imports.
        OnnxAttribute[] attributes = top + bottom + left + right == 0
            ? [OnnxAttribute.Of("kernel_shape", ph, pw), OnnxAttribute.Of("strides", sh, sw)]
            : [OnnxAttribute.Of("kernel_shape", ph, pw), OnnxAttribute.Of("pads", top, left, bottom, right), OnnxAttribute.Of("strides", sh, sw)];
        Emit(op, layer.Name, [input.OnnxName], attributes);
        var outH = ((input.Height + top + bottom - ph) / sh) + 1;
        var outW = ((input.Width + left + right - pw) / sw) + 1;
        return new ConvertedTensor(layer.Name, [input.Channels, outH, outW]);
    }

    /// <summary>GlobalAveragePooling2D: the channel means, a vector (Keras drops the spatial axes).</summary>
    private ConvertedTensor GlobalAveragePooling(KerasLayer layer)
    {
        KerasConfig.RequireChannelsLast(layer);
        var input = Materialize(Image(layer));
        var pooled = $"{layer.Name}/pooled";
        Emit("GlobalAveragePool", pooled, [input.OnnxName]);
        Emit("Flatten", layer.Name, [pooled], OnnxAttribute.Of("axis", 1L));
        return new ConvertedTensor(layer.Name, [input.Channels]);
    }

    /// <summary>Concatenate on the channel axis (Keras axis 3 or -1 of NHWC is ONNX axis 1 of NCHW).</summary>
    private ConvertedTensor Concatenate(KerasLayer layer)
    {
        var inputs = layer.Inputs.Select(name => Materialize(_tensors[name])).ToList();
        var axis = layer.Config["axis"]?.GetValue<int>() ?? -1;
        if (inputs.Count < 2 || inputs.Any(t => !t.IsImage) || (axis != -1 && axis != 3))
        {
            throw new NotSupportedException($"Concatenate '{layer.Name}' must join two or more images on the channel axis.");
        }

        if (inputs.Any(t => t.Height != inputs[0].Height || t.Width != inputs[0].Width))
        {
            throw new NotSupportedException($"Concatenate '{layer.Name}' joins images of different sizes.");
        }

        Emit("Concat", layer.Name, [.. inputs.Select(t => t.OnnxName)], OnnxAttribute.Of("axis", 1L));
        return new ConvertedTensor(layer.Name, [inputs.Sum(t => t.Channels), inputs[0].Height, inputs[0].Width]);
    }

    private ConvertedTensor Flatten(KerasLayer layer)
    {
        var input = Materialize(Single(layer));
        var source = input.OnnxName;
        if (input.IsImage && input.Height * input.Width > 1)
        {
            // Keras flattens in H,W,C order; go back to NHWC first so Dense weights line up.
            source = $"{layer.Name}/nhwc";
            Emit("Transpose", source, [input.OnnxName], OnnxAttribute.Of("perm", 0L, 2L, 3L, 1L));
        }

        Emit("Flatten", layer.Name, [source], OnnxAttribute.Of("axis", 1L));
        return new ConvertedTensor(layer.Name, [input.Shape.Aggregate(1, (a, b) => a * b)]);
    }

    private ConvertedTensor Dense(KerasLayer layer)
    {
        var input = Materialize(Single(layer));
        if (input.Shape.Count != 1)
        {
            throw new NotSupportedException($"Dense '{layer.Name}' must follow a Flatten (rank-2 input).");
        }

        var units = KerasConfig.Int(layer, "units");
        var kernel = Weight(layer, "kernel", input.Shape[0], units);
        var inputs = new List<string> { input.OnnxName, CompactOrFloat(kernel, $"{layer.Name}/kernel", [input.Shape[0], units], q => q, v => v) };
        if (KerasConfig.Bool(layer, "use_bias", true))
        {
            inputs.Add(Initializer($"{layer.Name}/bias", [units], Weight(layer, "bias", units).Values));
        }

        var activation = KerasConfig.String(layer, "activation", "linear");
        var gemmOut = activation == "linear" ? layer.Name : $"{layer.Name}/gemm";
        Emit("Gemm", gemmOut, inputs); // Keras kernel is [in, out]: Y = X * W + b with transB = 0
        return Activation(layer, new ConvertedTensor(gemmOut, [units]), activation, layer.Name);
    }

    /// <summary>Turns pending zero padding into a real Pad node when the consumer cannot fold it.</summary>
    private ConvertedTensor Materialize(ConvertedTensor tensor)
    {
        if (tensor.PendingPads is not { } p)
        {
            return tensor;
        }

        var output = $"{tensor.OnnxName}/padded";
        Emit("Pad", output, [tensor.OnnxName, Int64s($"{output}/pads", [0, 0, p[0], p[1], 0, 0, p[2], p[3]])]);
        return tensor with { OnnxName = output, PendingPads = null };
    }

    private OnnxValueInfo ToGraphOutput(string layerName)
    {
        var tensor = _tensors[layerName];
        if (tensor.IsImage || tensor.PendingPads is not null)
        {
            throw new NotSupportedException($"Output '{layerName}' must be a vector (e.g. class probabilities).");
        }

        if (tensor.OnnxName != layerName)
        {
            Emit("Identity", layerName, [tensor.OnnxName]);
        }

        return new OnnxValueInfo(layerName, OnnxDataType.Float, [OnnxDimension.Symbolic(Batch), OnnxDimension.Fixed(tensor.Shape[0])]);
    }

    private ConvertedTensor Single(KerasLayer layer) =>
        layer.Inputs.Count == 1 ? _tensors[layer.Inputs[0]] : throw new NotSupportedException($"Layer '{layer.Name}' must have exactly one input.");

    private ConvertedTensor Image(KerasLayer layer)
    {
        var input = Single(layer);
        return input.IsImage ? input : throw new NotSupportedException($"Layer '{layer.Name}' needs an image (rank-4) input.");
    }

    private WeightTensor Weight(KerasLayer layer, string suffix, params int[] expectedShape)
    {
        var name = $"{layer.Name}/{suffix}";
        if (!_weights.TryGetValue(name, out var weight))
        {
            throw new InvalidDataException($"Weight '{name}' is missing from the manifest.");
        }

        if (!weight.Shape.SequenceEqual(expectedShape))
        {
            throw new InvalidDataException($"Weight '{name}' has shape [{string.Join(',', weight.Shape)}], expected [{string.Join(',', expectedShape)}].");
        }

        _unusedWeights.Remove(name);
        return weight;
    }

    private string Initializer(string name, long[] dims, ReadOnlySpan<float> values)
    {
        _initializers.Add(OnnxTensor.FromFloats(name, dims, values));
        return name;
    }

    /// <summary>
    /// A kernel as a float initializer, or, with compact weights and a uint8 source, as its 8-bit bytes dequantized in
    /// the graph: float32(q) × scale + min (the tfjs formula, in float32 arithmetic).
    /// </summary>
    private string CompactOrFloat(WeightTensor weight, string name, long[] dims, Func<byte[], byte[]> reorderBytes, Func<float[], float[]> reorderFloats)
    {
        if (!_compactWeights || weight.Quantized is not { } q || weight.Quantization is not { } quantization)
        {
            return Initializer(name, dims, reorderFloats(weight.Values));
        }

        _initializers.Add(OnnxTensor.FromBytes($"{name}/uint8", dims, reorderBytes(q)));
        Emit("Cast", $"{name}/float", [$"{name}/uint8"], OnnxAttribute.Of("to", (long)OnnxDataType.Float));
        Emit("Mul", $"{name}/scaled", [$"{name}/float", Scalar((float)quantization.Scale)]);
        Emit("Add", name, [$"{name}/scaled", Scalar((float)quantization.Min)]);
        return name;
    }

    private string Int64s(string name, long[] values)
    {
        _initializers.Add(OnnxTensor.FromInt64s(name, [values.Length], values));
        return name;
    }

    /// <summary>A shared float scalar constant (e.g. Clip bounds), emitted once per distinct value.</summary>
    private string Scalar(float value)
    {
        var key = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (!_scalars.TryGetValue(key, out var name))
        {
            name = $"const/{key}";
            _initializers.Add(OnnxTensor.FromFloats(name, [], [value]));
            _scalars[key] = name;
        }

        return name;
    }

    private void Emit(string opType, string output, IReadOnlyList<string> inputs, params OnnxAttribute[] attributes) =>
        _nodes.Add(new OnnxNode(opType, $"{output}/{opType}", inputs, [output], attributes));
}
