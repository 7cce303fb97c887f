using System.Text.Json.Nodes;

namespace GenScreen.ModelImport.Keras;

/// <summary>
/// The topology of a Keras functional model as serialized in a TF.js <c>model.json</c> (<c>modelTopology.model_config</c>).
/// Layers are kept in file order, which Keras writes topologically sorted.
/// </summary>
internal sealed record KerasLayersModel(string Name, string KerasVersion, IReadOnlyList<KerasLayer> Layers, IReadOnlyList<string> InputLayers, IReadOnlyList<string> OutputLayers)
{
    public static KerasLayersModel FromTopology(JsonObject modelTopology)
    {
        ArgumentNullException.ThrowIfNull(modelTopology);
        var modelConfig = modelTopology["model_config"] as JsonObject ?? throw new InvalidDataException("modelTopology has no model_config.");
        var className = modelConfig["class_name"]?.GetValue<string>();
        if (className is not ("Model" or "Functional"))
        {
            throw new NotSupportedException($"Only Keras functional models are supported, not '{className}'.");
        }

        var config = modelConfig["config"] as JsonObject ?? throw new InvalidDataException("model_config has no config.");
        var layers = (config["layers"] as JsonArray ?? throw new InvalidDataException("The model config has no layers."))
            .Select(ToLayer)
            .ToList();

        return new KerasLayersModel(
            config["name"]?.GetValue<string>() ?? "model",
            modelTopology["keras_version"]?.GetValue<string>() ?? "unknown",
            layers,
            EndpointNames(config, "input_layers"),
            EndpointNames(config, "output_layers"));
    }

    private static KerasLayer ToLayer(JsonNode? node)
    {
        var name = node?["name"]?.GetValue<string>() ?? throw new InvalidDataException("A layer has no name.");
        var className = node["class_name"]?.GetValue<string>() ?? throw new InvalidDataException($"Layer '{name}' has no class_name.");
        var config = node["config"] as JsonObject ?? throw new InvalidDataException($"Layer '{name}' has no config.");
        var inbound = node["inbound_nodes"] as JsonArray ?? [];
        if (inbound.Count > 1)
        {
            throw new NotSupportedException($"Layer '{name}' is shared (called {inbound.Count} times); shared layers are not supported.");
        }

        // inbound_nodes = [[ [layerName, nodeIndex, tensorIndex, kwargs], ... ]]: one call, one entry per input tensor.
        var inputs = inbound.Count == 0
            ? []
            : ((JsonArray)inbound[0]!).Select(entry =>
            {
                var e = (JsonArray)entry!;
                if (e[1]!.GetValue<int>() != 0 || e[2]!.GetValue<int>() != 0)
                {
                    throw new NotSupportedException($"Layer '{name}' reads a non-first node/tensor of '{e[0]}'; not supported.");
                }

                return e[0]!.GetValue<string>();
            }).ToList();

        return new KerasLayer(name, className, config, inputs);
    }

    private static List<string> EndpointNames(JsonObject config, string property) =>
        (config[property] as JsonArray ?? throw new InvalidDataException($"The model config has no {property}."))
        .Select(e => ((JsonArray)e!)[0]!.GetValue<string>())
        .ToList();
}
