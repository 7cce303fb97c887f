using GenScreen.ModelImport.Onnx;

namespace GenScreen.ModelImport.Quantization;

/// <summary>
/// Folds every <c>BatchNormalization</c> that directly follows a <c>Conv</c> (its only consumer) into that Conv's
/// weights and bias, as ONNX Runtime does at load for float models. The quantizer needs it done first: the int8 weights
/// must be those of the folded convolution, and a quantized Conv output must be the normalized one. Folding runs in
/// double and rounds once to float32: <c>s = γ/√(var+ε)</c>, <c>W' = W·s</c>, <c>b' = (b − mean)·s + β</c>.
/// </summary>
internal static class BatchNormFolding
{
    public static OnnxGraph Fold(OnnxGraph graph)
    {
        var view = new GraphView(graph);
        var replaced = new Dictionary<OnnxNode, OnnxNode>(ReferenceEqualityComparer.Instance);
        var dropped = new HashSet<OnnxNode>(ReferenceEqualityComparer.Instance);
        var added = new List<OnnxTensor>();
        foreach (var bn in graph.Nodes.Where(n => n.OpType == "BatchNormalization"))
        {
            if (view.Producer(bn.Inputs[0]) is not { OpType: "Conv" } conv
                || view.Consumers(conv.Outputs[0]).Count != 1
                || view.IsGraphOutput(conv.Outputs[0])
                || view.Constant(conv.Inputs[1]) is not { } weight
                || bn.Inputs.Skip(1).Select(view.Constant).ToArray() is not [{ } gamma, { } beta, { } mean, { } variance])
            {
                continue;
            }

            var channels = (int)weight.Dims[0];
            var perChannel = weight.Values.Length / channels;
            var bias = conv.Inputs.Count > 2 && view.Constant(conv.Inputs[2]) is { } b ? b.Values : new float[channels];
            var epsilon = (double)GraphView.FloatAttribute(bn, "epsilon", 1e-5f);
            var foldedWeight = new float[weight.Values.Length];
            var foldedBias = new float[channels];
            for (var c = 0; c < channels; c++)
            {
                var scale = gamma.Values[c] / Math.Sqrt(variance.Values[c] + epsilon);
                for (var i = 0; i < perChannel; i++)
                {
                    foldedWeight[(c * perChannel) + i] = (float)(weight.Values[(c * perChannel) + i] * scale);
                }

                foldedBias[c] = (float)(((bias[c] - (double)mean.Values[c]) * scale) + beta.Values[c]);
            }

            var weightName = $"{conv.Name}/bn_folded_weight";
            var biasName = $"{conv.Name}/bn_folded_bias";
            added.Add(OnnxTensor.FromFloats(weightName, weight.Dims, foldedWeight));
            added.Add(OnnxTensor.FromFloats(biasName, [channels], foldedBias));
            replaced[conv] = conv with { Inputs = [conv.Inputs[0], weightName, biasName], Outputs = [bn.Outputs[0]] };
            dropped.Add(bn);
        }

        var nodes = graph.Nodes.Where(n => !dropped.Contains(n)).Select(n => replaced.GetValueOrDefault(n, n)).ToList();
        return GraphPruning.Prune(graph with { Nodes = nodes, Initializers = [.. graph.Initializers, .. added] });
    }
}
