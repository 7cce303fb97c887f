using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>
/// Small helpers for reading service JSON. Unknown properties are ignored (the service adds fields,
/// e.g. "isRegex" on blocklist items), but a missing required property is an error, because a
/// half-parsed moderation result could be mistaken for a clean one.
/// </summary>
internal static class JsonRead
{
    public static JsonElement RequiredObject(JsonElement element, string model)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected a JSON object for {model}, got {element.ValueKind}.");
        }

        return element;
    }

    public static string RequiredString(JsonElement obj, string name, string model)
    {
        if (obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }

        throw new JsonException($"{model}.{name} is required and must be a string.");
    }

    public static string? OptionalString(JsonElement obj, string name)
    {
        return obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }

    public static int? OptionalInt32(JsonElement obj, string name, string model)
    {
        if (!obj.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number))
        {
            return number;
        }

        throw new JsonException($"{model}.{name} must be a 32-bit integer.");
    }

    public static IReadOnlyList<T> RequiredArray<T>(JsonElement obj, string name, string model, Func<JsonElement, T> read)
    {
        if (obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Array)
        {
            return ReadArray(value, read);
        }

        throw new JsonException($"{model}.{name} is required and must be an array.");
    }

    public static IReadOnlyList<T> OptionalArray<T>(JsonElement obj, string name, string model, Func<JsonElement, T> read)
    {
        if (!obj.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"{model}.{name} must be an array.");
        }

        return ReadArray(value, read);
    }

    private static List<T> ReadArray<T>(JsonElement array, Func<JsonElement, T> read)
    {
        var items = new List<T>(array.GetArrayLength());
        foreach (JsonElement item in array.EnumerateArray())
        {
            items.Add(read(item));
        }

        return items;
    }
}
