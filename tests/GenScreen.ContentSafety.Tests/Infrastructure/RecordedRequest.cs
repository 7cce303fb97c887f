using System.Text.Json;

namespace GenScreen.ContentSafety.Tests;

/// <summary>One request as the loopback server saw it on the wire; <see cref="ReceivedAt"/> is on the server's clock.</summary>
internal sealed record RecordedRequest(
    string Method,
    string RawTarget,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    TimeSpan ReceivedAt)
{
    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

    public JsonElement Json()
    {
        using JsonDocument document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }

    /// <summary>Top-level JSON property names in wire order: catches casing and extra fields.</summary>
    public string[] JsonPropertyNames() => Json().EnumerateObject().Select(p => p.Name).ToArray();
}
