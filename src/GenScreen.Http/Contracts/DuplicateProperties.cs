using System.Globalization;
using System.Text.Json;

namespace GenScreen.Http.Contracts;

/// <summary>
/// Finds properties that appear more than once in one JSON object, at any depth. JSON parsers disagree on
/// which copy wins (System.Text.Json's JsonDocument takes the last), so <c>{"prompt":"&lt;violating&gt;","prompt":"a cat"}</c>
/// could be screened as one prompt while a proxy, a log or the generator reads the other (issue 14, item 6).
/// Such a body is rejected. Names are compared after unescaping, so <c>"\u0070rompt"</c> is <c>"prompt"</c>.
/// </summary>
/// <remarks>
/// .NET 10's <c>JsonDocumentOptions.AllowDuplicateProperties = false</c> rejects the same bodies, but only with
/// an exception message; walking the parsed document names each duplicate and where it is, for the problem
/// details. Bodies are at most 64 KiB and 16 levels deep, so the walk is cheap.
/// </remarks>
public static class DuplicateProperties
{
    /// <summary>The path of every duplicated property (<c>prompt</c>, <c>options.seed</c>, <c>items[2].id</c>), each once, in document order.</summary>
    public static IReadOnlyList<string> Find(JsonElement root)
    {
        var found = new List<string>();
        Walk(root, path: null, found);
        return found;
    }

    private static void Walk(JsonElement element, string? path, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var reported = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var child = path is null ? property.Name : $"{path}.{property.Name}";
                    if (!seen.Add(property.Name) && reported.Add(property.Name))
                    {
                        found.Add(child);
                    }

                    Walk(property.Value, child, found);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), found);
                }

                break;
        }
    }
}
