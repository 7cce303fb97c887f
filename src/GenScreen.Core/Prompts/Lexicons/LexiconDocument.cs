using System.Text.Json.Serialization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>The JSON shape of a lexicon file (docs/lexicons.md).</summary>
internal sealed class LexiconDocument
{
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("prompt")]
    public List<LexiconTermDocument> Prompt { get; set; } = [];

    [JsonPropertyName("negative")]
    public List<LexiconTermDocument> Negative { get; set; } = [];

    [JsonPropertyName("ageUnits")]
    public List<string> AgeUnits { get; set; } = [];

    [JsonPropertyName("numbers")]
    public Dictionary<string, int> Numbers { get; set; } = [];

    /// <summary>Protected names (names files use only this and version).</summary>
    [JsonPropertyName("names")]
    public List<string> Names { get; set; } = [];
}

/// <summary>One term in a lexicon file.</summary>
internal sealed class LexiconTermDocument
{
    [JsonPropertyName("term")]
    public string? Term { get; set; }

    [JsonPropertyName("signal")]
    public string? Signal { get; set; }

    [JsonPropertyName("level")]
    public int Level { get; set; }
}
