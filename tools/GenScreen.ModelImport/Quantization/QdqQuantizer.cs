using GenScreen.ModelImport.Onnx;

namespace GenScreen.ModelImport.Quantization;

/// <summary>
/// Static int8 quantization in the QDQ format ONNX Runtime turns into int8 kernels (QLinearConv, QGemm; VNNI on CPUs
/// that have it). For every Conv, Gemm and MatMul with a constant weight:
/// <list type="bullet">
/// <item>weights: int8, symmetric (zero point 0, levels −127…127), per output channel for Conv, per tensor for Gemm/MatMul,
/// scale = max|w| / 127, round half to even; dequantized by a <c>DequantizeLinear</c> node;</item>
/// <item>bias: int32 at scale (input scale × weight scale), as QLinearConv expects;</item>
/// <item>activations: uint8, asymmetric, from the calibrated range widened to include 0; a <c>QuantizeLinear</c> →
/// <c>DequantizeLinear</c> pair on every input of those nodes and on their outputs. An output followed only by Relu or
/// Clip is quantized after it (its range is then the clipped one and ONNX Runtime drops the clip into the quantization);
/// graph outputs stay float.</item>
/// </list>
/// Everything else stays float32 between a DequantizeLinear and a QuantizeLinear. The input graph must have its
/// BatchNormalization folded (<see cref="BatchNormFolding"/>).
/// </summary>
internal static class QdqQuantizer
{
    /// <summary>Full int8 weight range. 63 ("reduce range", 7-bit) keeps u8s8 pair sums clear of int16 saturation on AVX2 without VNNI.</summary>
    public const int FullWeightLevels = 127;

    /// <summary>The activation tensors to quantize (and so to calibrate), in graph order.</summary>
    public static IReadOnlyList<string> ActivationTensors(OnnxGraph graph)
    {
        var view = new GraphView(graph);
        var tensors = new List<string>();
        foreach (var node in graph.Nodes.Where(n => IsQuantizable(view, n)))
        {
            tensors.Add(node.Inputs[0]);
            var output = node.Outputs[0];
            if (view.Consumers(output) is [{ OpType: "Relu" or "Clip" } activation])
            {
                output = activation.Outputs[0];
            }

            // A graph output, or the logits before a Softmax/Sigmoid, stays float: the head decides, and an unseen logit would be clipped.
            if (!view.IsGraphOutput(output) && !view.Consumers(output).Any(c => c.OpType is "Softmax" or "Sigmoid" or "Exp"))
            {
                tensors.Add(output);
            }
        }

        return [.. tensors.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The quantized graph: QDQ pairs on the <see cref="ActivationTensors"/> (each needs a range), int8 weights.</summary>
    public static OnnxGraph Quantize(OnnxGraph graph, IReadOnlyDictionary<string, ActivationRange> ranges, int weightLevels = FullWeightLevels)
    {
        var view = new GraphView(graph);
        var activations = ActivationTensors(graph);
        var parameters = activations.ToDictionary(t => t, t => ranges.TryGetValue(t, out var r) ? r.ToUint8() : throw new InvalidOperationException($"No calibrated range for '{t}'."), StringComparer.Ordinal);
        var nodes = new List<OnnxNode>();
        var initializers = new List<OnnxTensor>(graph.Initializers);
        var dequantized = new Dictionary<string, string>(StringComparer.Ordinal);

        void EmitQdq(string tensor)
        {
            if (!parameters.TryGetValue(tensor, out var p))
            {
                return;
            }

            initializers.Add(OnnxTensor.FromFloats($"{tensor}/scale", [], [p.Scale]));
            initializers.Add(OnnxTensor.FromBytes($"{tensor}/zero_point", [], [p.ZeroPoint]));
            nodes.Add(new OnnxNode("QuantizeLinear", $"{tensor}/QuantizeLinear", [tensor, $"{tensor}/scale", $"{tensor}/zero_point"], [$"{tensor}/q"], []));
            nodes.Add(new OnnxNode("DequantizeLinear", $"{tensor}/DequantizeLinear", [$"{tensor}/q", $"{tensor}/scale", $"{tensor}/zero_point"], [$"{tensor}/dq"], []));
            dequantized[tensor] = $"{tensor}/dq";
        }

        foreach (var input in graph.Inputs)
        {
            EmitQdq(input.Name);
        }

        foreach (var node in graph.Nodes)
        {
            var inputs = node.Inputs.Select(i => dequantized.GetValueOrDefault(i, i)).ToList();
            if (IsQuantizable(view, node))
            {
                var input = parameters[node.Inputs[0]];
                var perChannel = node.OpType == "Conv";
                var weightScales = QuantizeWeight(view, node, perChannel, weightLevels, nodes, initializers, out var weightInput);
                inputs[1] = weightInput;
                if (node.Inputs.Count > 2 && node.Inputs[2].Length > 0)
                {
                    inputs[2] = QuantizeBias(view, node, input.Scale, weightScales, perChannel, nodes, initializers);
                }
            }

            nodes.Add(node with { Inputs = inputs });
            foreach (var output in node.Outputs)
            {
                EmitQdq(output);
            }
        }

        return GraphPruning.Prune(graph with { Nodes = nodes, Initializers = initializers });
    }

    private static bool IsQuantizable(GraphView view, OnnxNode node) => node.OpType switch
    {
        "Conv" => view.Constant(node.Inputs[1]) is not null && (node.Inputs.Count < 3 || view.Constant(node.Inputs[2]) is not null),
        "Gemm" => GraphView.IntAttribute(node, "transA", 0) == 0 && GraphView.FloatAttribute(node, "alpha", 1f) == 1f && GraphView.FloatAttribute(node, "beta", 1f) == 1f
            && view.Constant(node.Inputs[1]) is not null && (node.Inputs.Count < 3 || view.Constant(node.Inputs[2]) is not null),
        "MatMul" => view.Constant(node.Inputs[1]) is { Dims.Count: 2 },
        _ => false,
    };

    /// <summary>Writes the int8 weight, its scales and zero points and a DequantizeLinear; returns the scales.</summary>
    private static float[] QuantizeWeight(GraphView view, OnnxNode node, bool perChannel, int weightLevels, List<OnnxNode> nodes, List<OnnxTensor> initializers, out string dequantizedName)
    {
        var (values, dims) = view.Constant(node.Inputs[1])!.Value;
        var channels = perChannel ? (int)dims[0] : 1;
        var perChannelCount = values.Length / channels;
        var scales = new float[channels];
        var levels = new sbyte[values.Length];
        for (var c = 0; c < channels; c++)
        {
            var slice = values.AsSpan(c * perChannelCount, perChannelCount);
            var maxAbs = 0f;
            foreach (var v in slice)
            {
                maxAbs = Math.Max(maxAbs, Math.Abs(v));
            }

            scales[c] = maxAbs > 0 ? maxAbs / weightLevels : 1f;
            for (var i = 0; i < slice.Length; i++)
            {
                levels[(c * perChannelCount) + i] = (sbyte)Math.Clamp(Math.Round(slice[i] / scales[c], MidpointRounding.ToEven), -weightLevels, weightLevels);
            }
        }

        var name = $"{node.Name}/weight";
        IReadOnlyList<long> paramDims = perChannel ? [channels] : [];
        initializers.Add(OnnxTensor.FromInt8s($"{name}/int8", dims, levels));
        initializers.Add(OnnxTensor.FromFloats($"{name}/scale", paramDims, scales));
        initializers.Add(OnnxTensor.FromInt8s($"{name}/zero_point", paramDims, new sbyte[channels]));
        dequantizedName = $"{name}/dq";
        var dq = new OnnxNode("DequantizeLinear", $"{name}/DequantizeLinear", [$"{name}/int8", $"{name}/scale", $"{name}/zero_point"], [dequantizedName], perChannel ? [OnnxAttribute.Of("axis", 0L)] : []);
        nodes.Add(dq);
        return scales;
    }

    private static string QuantizeBias(GraphView view, OnnxNode node, float inputScale, float[] weightScales, bool perChannel, List<OnnxNode> nodes, List<OnnxTensor> initializers)
    {
        var (values, dims) = view.Constant(node.Inputs[2])!.Value;
        var scales = new float[perChannel ? values.Length : 1];
        var levels = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var scale = inputScale * weightScales[perChannel ? i : 0];
            scales[perChannel ? i : 0] = scale;
            levels[i] = (int)Math.Clamp(Math.Round(values[i] / (double)scale, MidpointRounding.ToEven), int.MinValue + 1, int.MaxValue);
        }

        var name = $"{node.Name}/bias";
        IReadOnlyList<long> paramDims = perChannel ? [scales.Length] : [];
        initializers.Add(OnnxTensor.FromInt32s($"{name}/int32", dims, levels));
        initializers.Add(OnnxTensor.FromFloats($"{name}/scale", paramDims, scales));
        initializers.Add(OnnxTensor.FromInt32s($"{name}/zero_point", paramDims, new int[scales.Length]));
        nodes.Add(new OnnxNode("DequantizeLinear", $"{name}/DequantizeLinear", [$"{name}/int32", $"{name}/scale", $"{name}/zero_point"], [$"{name}/dq"], perChannel ? [OnnxAttribute.Of("axis", 0L)] : []));
        return $"{name}/dq";
    }
}
