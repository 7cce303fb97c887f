using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>One line of Data/labelled-prompts*.jsonl (format: docs/labelled-prompts.md).</summary>
public sealed class LabelledPrompt
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("label")]
    public string Label { get; set; } = "";

    [JsonPropertyName("lang")]
    public string? Lang { get; set; }

    [JsonPropertyName("prompt")]
    public string Prompt { get; set; } = "";

    [JsonPropertyName("negativePrompt")]
    public string? NegativePrompt { get; set; }

    /// <summary>txt2img (default), img2img or inpaint.</summary>
    [JsonPropertyName("mode")]
    public string? Mode { get; set; }

    [JsonPropertyName("expect")]
    public Dictionary<string, string> Expect { get; set; } = [];

    public static IReadOnlyList<LabelledPrompt> LoadAll()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Data");
        return [.. Directory.EnumerateFiles(dir, "labelled-prompts*.jsonl")
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledPrompt>(line)!)];
    }
}
