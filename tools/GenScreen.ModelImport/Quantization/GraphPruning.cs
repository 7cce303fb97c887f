using GenScreen.ModelImport.Onnx;

namespace GenScreen.ModelImport.Quantization;

/// <summary>Drops nodes whose outputs nothing needs and initializers no node reads (e.g. float weights replaced by int8 ones).</summary>
internal static class GraphPruning
{
    public static OnnxGraph Prune(OnnxGraph graph)
    {
        var needed = new HashSet<string>(graph.Outputs.Select(o => o.Name), StringComparer.Ordinal);
        var kept = new List<OnnxNode>();
        for (var i = graph.Nodes.Count - 1; i >= 0; i--)
        {
            var node = graph.Nodes[i];
            if (!node.Outputs.Any(needed.Contains))
            {
                continue;
            }

            kept.Add(node);
            needed.UnionWith(node.Inputs.Where(input => input.Length > 0));
        }

        kept.Reverse();
        return graph with { Nodes = kept, Initializers = [.. graph.Initializers.Where(t => needed.Contains(t.Name))] };
    }
}
