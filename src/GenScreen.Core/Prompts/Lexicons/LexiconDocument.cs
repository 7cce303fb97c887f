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

    /// <summary>
    /// Common function words of the language (and, the, with…), chosen so that they are not words of other
    /// languages: evidence that a prompt is written in it, for its language-only terms.
    /// </summary>
    [JsonPropertyName("stopWords")]
    public List<string> StopWords { get; set; } = [];

    /// <summary>Clitics written joined to the next word (Arabic ال و ب, Hebrew ה ו ב): stripped when the whole word matches nothing.</summary>
    [JsonPropertyName("prefixes")]
    public List<string> Prefixes { get; set; } = [];

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

    /// <summary>A false friend: the term counts only when the prompt shows the file's language (docs/lexicons.md).</summary>
    [JsonPropertyName("languageOnly")]
    public bool LanguageOnly { get; set; }
}
