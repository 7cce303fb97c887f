using System.Text.Json.Nodes;

namespace GenScreen.ModelImport.Tfjs;

/// <summary>
/// Reads nsfwjs-style model bundles: <c>model.min.js</c> is a UMD module whose payload is <c>X.exports={modelTopology,weightsManifest}</c>,
/// and each <c>groupN-shardKofM.min.js</c> is a UMD module whose payload is <c>X.exports="&lt;base64 shard&gt;"</c>.
/// Only the payload literals are read; the surrounding JavaScript is never executed.
/// </summary>
internal static class TfjsBundleReader
{
    private const string ExportsObject = ".exports={";
    private const string ExportsString = ".exports=\"";

    /// <param name="modelJs">Text of <c>model.min.js</c>.</param>
    /// <param name="readShardJs">Returns the text of the shard module for a manifest path such as <c>group1-shard1of1</c>.</param>
    public static TfjsLayersModelBundle Read(string modelJs, Func<string, string> readShardJs)
    {
        ArgumentNullException.ThrowIfNull(modelJs);
        ArgumentNullException.ThrowIfNull(readShardJs);
        var modelJson = ParseModelJson(modelJs);
        var topology = modelJson["modelTopology"] as JsonObject
            ?? throw new InvalidDataException("The TF.js model has no modelTopology (is it a graph model?).");
        var manifest = modelJson["weightsManifest"] as JsonArray
            ?? throw new InvalidDataException("The TF.js model has no weightsManifest.");

        var specs = new List<TfjsWeightSpec>();
        using var data = new MemoryStream();
        foreach (var group in manifest)
        {
            foreach (var path in Required<JsonArray>(group, "paths"))
            {
                var shard = Convert.FromBase64String(ExtractShardBase64(readShardJs(path!.GetValue<string>())));
                data.Write(shard);
            }

            specs.AddRange(Required<JsonArray>(group, "weights").Select(ToSpec));
        }

        return new TfjsLayersModelBundle(topology, specs, data.ToArray());
    }

    public static JsonObject ParseModelJson(string modelJs)
    {
        var at = modelJs.IndexOf(ExportsObject, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidDataException($"No '{ExportsObject}' payload found in the model bundle.");
        }

        return JsLiteralReader.Parse(modelJs, at + ExportsObject.Length - 1, out _) as JsonObject
            ?? throw new InvalidDataException("The model bundle's payload is not an object.");
    }

    public static string ExtractShardBase64(string shardJs)
    {
        ArgumentNullException.ThrowIfNull(shardJs);
        var at = shardJs.IndexOf(ExportsString, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidDataException($"No '{ExportsString}' payload found in the weight shard bundle.");
        }

        var start = at + ExportsString.Length;
        var end = shardJs.IndexOf('"', start);
        return end < 0 ? throw new InvalidDataException("The weight shard's base64 string is not terminated.") : shardJs[start..end];
    }

    internal static TfjsWeightSpec ToSpec(JsonNode? node)
    {
        var shape = Required<JsonArray>(node, "shape").Select(d => d!.GetValue<int>()).ToArray();
        TfjsQuantization? quantization = null;
        if (node!["quantization"] is JsonObject q)
        {
            quantization = new TfjsQuantization(
                Required<JsonValue>(q, "dtype").GetValue<string>(),
                q["scale"]?.GetValue<double>() ?? 1.0,
                q["min"]?.GetValue<double>() ?? 0.0);
        }

        return new TfjsWeightSpec(Required<JsonValue>(node, "name").GetValue<string>(), shape, Required<JsonValue>(node, "dtype").GetValue<string>(), quantization);
    }

    private static T Required<T>(JsonNode? node, string property)
        where T : JsonNode =>
        node?[property] as T ?? throw new InvalidDataException($"TF.js weights manifest entry lacks '{property}'.");
}
