using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenScreen.Core.Tests.Peer;

/// <summary>
/// Data/peer/civitai-audit.ratchet.json: the lowest pass rate each group and form may have (a floor that only
/// goes up: raise it when the rules improve, never lower it), and the pinned cases that are known to fail
/// today, each with why. A known failure is listed on purpose, so that it is never hidden inside a rate.
/// </summary>
public sealed class PeerRatchet
{
    /// <summary>Group → form (<c>alone</c>, <c>cued</c>) → lowest pass rate in percent.</summary>
    [JsonPropertyName("floors")]
    public Dictionary<string, Dictionary<string, double>> Floors { get; set; } = [];

    /// <summary><c>id/policy</c> of a pinned case → why it fails today and what will fix it.</summary>
    [JsonPropertyName("knownFailures")]
    public Dictionary<string, string> KnownFailures { get; set; } = [];

    public static PeerRatchet Load(string file) =>
        JsonSerializer.Deserialize<PeerRatchet>(File.ReadAllText(Path.Combine(PeerPhrase.Folder, file)))!;
}
