using GenScreen.ModelImport.Onnx;

namespace GenScreen.ModelImport.Quantization;

/// <summary>
/// Lookups over one <see cref="OnnxGraph"/> the quantizer needs: who produces and who consumes a tensor, the
/// initializers by name, and the value of a constant weight. A weight is constant when it is an initializer or a chain
/// of <c>Cast</c>, <c>Mul</c>, <c>Add</c> over initializers (how the importers store 8-bit package weights); it is
/// evaluated in float32, operation by operation, as ONNX Runtime's constant folding evaluates it at load.
/// </summary>
internal sealed class GraphView
{
    private readonly Dictionary<string, OnnxNode> _producers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OnnxNode>> _consumers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OnnxTensor> _initializers = new(StringComparer.Ordinal);

    public GraphView(OnnxGraph graph)
    {
        Graph = graph;
        foreach (var tensor in graph.Initializers)
        {
            _initializers[tensor.Name] = tensor;
        }

        foreach (var node in graph.Nodes)
        {
            foreach (var output in node.Outputs)
            {
                _producers[output] = node;
            }

            foreach (var input in node.Inputs.Where(i => i.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!_consumers.TryGetValue(input, out var list))
                {
                    _consumers[input] = list = [];
                }

                list.Add(node);
            }
        }
    }

    public OnnxGraph Graph { get; }

    public OnnxNode? Producer(string tensor) => _producers.GetValueOrDefault(tensor);

    public IReadOnlyList<OnnxNode> Consumers(string tensor) => _consumers.TryGetValue(tensor, out var list) ? list : [];

    public bool IsGraphOutput(string tensor) => Graph.Outputs.Any(o => o.Name == tensor);

    public OnnxTensor? Initializer(string name) => _initializers.GetValueOrDefault(name);

    /// <summary>The float32 value and dims of a constant tensor, or null when it is computed from the input.</summary>
    public (float[] Values, IReadOnlyList<long> Dims)? Constant(string name)
    {
        if (_initializers.TryGetValue(name, out var tensor))
        {
            return tensor.DataType switch
            {
                OnnxDataType.Float => (tensor.ToFloats(), tensor.Dims),
                OnnxDataType.Uint8 => (tensor.RawData.Select(b => (float)b).ToArray(), tensor.Dims),
                _ => null,
            };
        }

        if (Producer(name) is not { } node)
        {
            return null;
        }

        switch (node.OpType)
        {
            case "Cast" when node.Attributes.Any(a => a.Name == "to" && a.Int == (long)OnnxDataType.Float):
                return Constant(node.Inputs[0]);
            case "Mul" or "Add" when Constant(node.Inputs[0]) is { } left && Constant(node.Inputs[1]) is { Values.Length: 1 } right:
                var result = new float[left.Values.Length];
                var operand = right.Values[0];
                for (var i = 0; i < result.Length; i++)
                {
                    result[i] = node.OpType == "Mul" ? left.Values[i] * operand : left.Values[i] + operand;
                }

                return (result, left.Dims);
            default:
                return null;
        }
    }

    public static long IntAttribute(OnnxNode node, string name, long fallback) =>
        node.Attributes.FirstOrDefault(a => a.Name == name) is { } attribute ? attribute.Int : fallback;

    public static float FloatAttribute(OnnxNode node, string name, float fallback) =>
        node.Attributes.FirstOrDefault(a => a.Name == name) is { } attribute ? attribute.Float : fallback;
}
