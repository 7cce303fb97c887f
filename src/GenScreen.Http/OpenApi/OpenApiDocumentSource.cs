using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenScreen.Http.OpenApi;

/// <summary>
/// The OpenAPI 3 document both hosts serve at <c>/api/openapi.json</c>: <c>openapi.base.json</c> (info, security schemes,
/// the problem-details schema and responses) plus one description file per route in <c>OpenApi/Routes/</c>, embedded in
/// this assembly. A route is described by adding a file there, so routes from parallel branches never edit the same
/// file; a path + method or a component name described twice is an error naming both files.
/// </summary>
public static class OpenApiDocumentSource
{
    private const string ResourcePrefix = "GenScreen.Http.OpenApi.";
    private const string BaseResource = ResourcePrefix + "openapi.base.json";
    private const string RoutePrefix = ResourcePrefix + "Routes.";

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };
    private static readonly Lazy<byte[]> s_utf8 = new(() => JsonSerializer.SerializeToUtf8Bytes(Compose(), s_indented));

    /// <summary>The composed document as UTF-8 JSON (built once).</summary>
    public static ReadOnlyMemory<byte> Utf8Json => s_utf8.Value;

    /// <summary>Composes the document from the embedded base and route files.</summary>
    public static JsonObject Compose()
    {
        var assembly = typeof(OpenApiDocumentSource).Assembly;
        var routeFiles = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(RoutePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..], Load(assembly, n)));
        return Compose(Load(assembly, BaseResource), routeFiles);
    }

    /// <summary>Merges route description fragments (<c>paths</c> and <c>components</c>) into a copy of <paramref name="baseDocument"/>.</summary>
    public static JsonObject Compose(JsonObject baseDocument, IEnumerable<(string File, JsonObject Fragment)> routeFiles)
    {
        ArgumentNullException.ThrowIfNull(baseDocument);
        ArgumentNullException.ThrowIfNull(routeFiles);
        var document = (JsonObject)baseDocument.DeepClone();
        document["paths"] ??= new JsonObject();
        document["components"] ??= new JsonObject();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, fragment) in routeFiles)
        {
            foreach (var (key, value) in fragment)
            {
                switch (key)
                {
                    case "paths":
                        MergePaths(document, AsObject(value, file, key), file, owners);
                        break;
                    case "components":
                        MergeComponents(document, AsObject(value, file, key), file, owners);
                        break;
                    default:
                        throw new InvalidOperationException($"OpenAPI route file {file}: only 'paths' and 'components' may appear at the top level, not '{key}'.");
                }
            }
        }

        return document;
    }

    private static void MergePaths(JsonObject document, JsonObject paths, string file, Dictionary<string, string> owners)
    {
        var target = (JsonObject)document["paths"]!;
        foreach (var (path, item) in paths)
        {
            if (target[path] is not JsonObject existing)
            {
                existing = new JsonObject();
                target[path] = existing;
            }

            foreach (var (method, operation) in AsObject(item, file, path))
            {
                Claim(owners, $"{method.ToUpperInvariant()} {path}", file);
                existing[method] = operation?.DeepClone();
            }
        }
    }

    private static void MergeComponents(JsonObject document, JsonObject components, string file, Dictionary<string, string> owners)
    {
        var target = (JsonObject)document["components"]!;
        foreach (var (kind, entries) in components)
        {
            if (target[kind] is not JsonObject existing)
            {
                existing = new JsonObject();
                target[kind] = existing;
            }

            foreach (var (name, entry) in AsObject(entries, file, kind))
            {
                Claim(owners, $"components.{kind}.{name}", file);
                if (existing.ContainsKey(name))
                {
                    throw new InvalidOperationException($"OpenAPI route file {file} redefines components.{kind}.{name}, which openapi.base.json defines.");
                }

                existing[name] = entry?.DeepClone();
            }
        }
    }

    private static void Claim(Dictionary<string, string> owners, string what, string file)
    {
        if (!owners.TryAdd(what, file))
        {
            throw new InvalidOperationException($"OpenAPI: {what} is described twice, in {owners[what]} and in {file}.");
        }
    }

    private static JsonObject AsObject(JsonNode? node, string file, string key) =>
        node as JsonObject ?? throw new InvalidOperationException($"OpenAPI route file {file}: '{key}' must be a JSON object.");

    private static JsonObject Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded OpenAPI resource {resource} is missing.");
        return JsonNode.Parse(stream) as JsonObject
            ?? throw new InvalidOperationException($"Embedded OpenAPI resource {resource} is not a JSON object.");
    }
}
