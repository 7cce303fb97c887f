using System.Globalization;
using System.Text.Json.Nodes;

namespace GenScreen.ModelImport.Keras;

/// <summary>Typed reads of Keras layer config values, with the error naming the layer and key.</summary>
internal static class KerasConfig
{
    public static string String(KerasLayer layer, string key, string? fallback = null) =>
        layer.Config[key]?.GetValue<string>() ?? fallback ?? throw Missing(layer, key);

    public static bool Bool(KerasLayer layer, string key, bool fallback) => layer.Config[key]?.GetValue<bool>() ?? fallback;

    public static int Int(KerasLayer layer, string key) => layer.Config[key]?.GetValue<int>() ?? throw Missing(layer, key);

    /// <summary>Reads a number whether the JSON node holds it as an int or a double (configs write 6 and 6.0 alike).</summary>
    public static double? NullableDouble(KerasLayer layer, string key) =>
        layer.Config[key] is { } node ? double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    /// <summary>Reads a 2-D size that Keras writes either as one int or as <c>[rows, cols]</c>.</summary>
    public static (int Rows, int Cols) Pair(KerasLayer layer, string key, (int, int)? fallback = null)
    {
        switch (layer.Config[key])
        {
            case JsonArray { Count: 2 } a:
                return (a[0]!.GetValue<int>(), a[1]!.GetValue<int>());
            case JsonValue v:
                var n = v.GetValue<int>();
                return (n, n);
            default:
                return fallback ?? throw Missing(layer, key);
        }
    }

    /// <summary>Image layers must be channels_last (the TF.js default); anything else would need other transposes.</summary>
    public static void RequireChannelsLast(KerasLayer layer)
    {
        var format = layer.Config["data_format"]?.GetValue<string>() ?? "channels_last";
        if (format != "channels_last")
        {
            throw new NotSupportedException($"Layer '{layer.Name}' uses data_format '{format}'; only channels_last is supported.");
        }
    }

    private static InvalidDataException Missing(KerasLayer layer, string key) =>
        new($"Layer '{layer.Name}' ({layer.ClassName}) has no '{key}' in its config.");
}
