using System.Text.Json.Nodes;
using GenScreen.Images.ModelImport.Tfjs;

namespace GenScreen.Images.ModelImport.FaceRecognition;

/// <summary>
/// Reads a TF.js <b>weights-only</b> model as face-api ships them: <c>&lt;name&gt;-weights_manifest.json</c> (an array of
/// <c>{paths, weights}</c> groups) beside the binary shards it names. There is no topology: the architecture lives in
/// the library's JavaScript and is rebuilt by a model-specific converter.
/// </summary>
internal static class TfjsWeightsManifestReader
{
    /// <summary>Returns the dequantized weights by name (shapes as in the manifest).</summary>
    public static IReadOnlyDictionary<string, WeightTensor> Read(string manifestPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifestPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath)) as JsonArray
            ?? throw new InvalidDataException($"{manifestPath} is not a TF.js weights manifest (a JSON array).");
        var specs = new List<TfjsWeightSpec>();
        using var data = new MemoryStream();
        foreach (var group in manifest)
        {
            foreach (var path in Required<JsonArray>(group, "paths"))
            {
                var shard = path!.GetValue<string>();
                if (shard.Contains('/', StringComparison.Ordinal) || shard.Contains('\\', StringComparison.Ordinal) || shard.StartsWith('.'))
                {
                    throw new InvalidDataException($"{manifestPath} names shard '{shard}' outside its directory.");
                }

                data.Write(File.ReadAllBytes(Path.Combine(directory, shard)));
            }

            specs.AddRange(Required<JsonArray>(group, "weights").Select(ToSpec));
        }

        return TfjsWeightDecoder.Decode(specs, data.ToArray());
    }

    private static TfjsWeightSpec ToSpec(JsonNode? node)
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
