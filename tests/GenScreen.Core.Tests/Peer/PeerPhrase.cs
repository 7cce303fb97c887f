using System.Text.Json;
using System.Text.Json.Serialization;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Peer;

/// <summary>
/// One phrase of a peer suite (Data/peer/civitai-audit.jsonl): a phrase from another project's tests, what
/// that test expects, and what GenScreen must answer under <c>mature</c> for the phrase alone and for the
/// phrase with a sexual cue added.
/// </summary>
public sealed class PeerPhrase
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("group")]
    public string Group { get; set; } = "";

    [JsonPropertyName("source")]
    public string Source { get; set; } = "";

    [JsonPropertyName("test")]
    public string Test { get; set; } = "";

    [JsonPropertyName("civitai")]
    public string Civitai { get; set; } = "";

    [JsonPropertyName("prompt")]
    public string Prompt { get; set; } = "";

    [JsonPropertyName("negativePrompt")]
    public string? NegativePrompt { get; set; }

    [JsonPropertyName("alone")]
    public string Alone { get; set; } = "";

    [JsonPropertyName("cued")]
    public CuedForm Cued { get; set; } = new();

    public sealed class CuedForm
    {
        [JsonPropertyName("prompt")]
        public string Prompt { get; set; } = "";

        [JsonPropertyName("expect")]
        public string Expect { get; set; } = "";
    }

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Data", "peer");

    public static IReadOnlyList<PeerPhrase> Load(string file) =>
        [.. File.ReadLines(Path.Combine(Folder, file))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<PeerPhrase>(line)!)];
}

/// <summary>The answers a peer phrase can expect (under <c>mature</c>).</summary>
public static class PeerExpectation
{
    public const string Allow = "allow";
    public const string Block = "block";

    /// <summary>Not allowed: review or block (the peer blocks it with no override).</summary>
    public const string Flagged = "flagged";

    /// <summary>No <c>minors.*</c> reason: a trap for age or youth detection, whatever else it is.</summary>
    public const string NotMinor = "not-minor";

    public static readonly IReadOnlyList<string> All = [Allow, Block, Flagged, NotMinor];

    public static bool IsMet(string expectation, PromptVerdict verdict) => expectation switch
    {
        Allow => verdict.Decision == Decision.Allow,
        Block => verdict.Decision == Decision.Block,
        Flagged => verdict.Decision != Decision.Allow,
        NotMinor => !verdict.Reasons.Any(r => r.Code.StartsWith("minors.", StringComparison.Ordinal)),
        _ => throw new ArgumentException($"Unknown peer expectation '{expectation}'.", nameof(expectation)),
    };
}
