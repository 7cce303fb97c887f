using System.Text.Json.Nodes;
using GenScreen.ModelImport.Tfjs;

namespace GenScreen.ModelImport.FaceApi;

/// <summary>
/// Reads a TF.js weights-only model (<c>&lt;name&gt;-weights_manifest.json</c> plus the binary shards it lists), the form
/// face-api ships: there is no topology, the architecture lives in face-api's JavaScript. Weights are dequantized
/// exactly as tfjs-core's <c>decodeWeights</c> does (<see cref="TfjsWeightDecoder"/>).
/// </summary>
internal static class TfjsWeightsManifestReader
{
    public static IReadOnlyDictionary<string, WeightTensor> Read(string modelDirectory, string modelName)
    {
        var manifestPath = Path.Combine(modelDirectory, $"{modelName}-weights_manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath)) as JsonArray
            ?? throw new InvalidDataException($"{manifestPath} is not a TF.js weights manifest (a JSON array of groups).");
        var specs = new List<TfjsWeightSpec>();
        using var data = new MemoryStream();
        foreach (var group in manifest)
        {
            var paths = group?["paths"] as JsonArray ?? throw new InvalidDataException($"{manifestPath}: a group lacks 'paths'.");
            foreach (var path in paths)
            {
                var file = path?.GetValue<string>() ?? throw new InvalidDataException($"{manifestPath}: empty shard path.");
                if (file.Contains('/', StringComparison.Ordinal) || file.Contains('\\', StringComparison.Ordinal) || file.StartsWith('.'))
                {
                    throw new InvalidDataException($"{manifestPath}: shard path '{file}' must be a plain file name beside the manifest.");
                }

                data.Write(File.ReadAllBytes(Path.Combine(modelDirectory, file)));
            }

            var weights = group!["weights"] as JsonArray ?? throw new InvalidDataException($"{manifestPath}: a group lacks 'weights'.");
            specs.AddRange(weights.Select(TfjsBundleReader.ToSpec));
        }

        return TfjsWeightDecoder.Decode(specs, data.ToArray());
    }
}
