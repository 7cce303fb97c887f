using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenScreen.Storage.Reports;

/// <summary>
/// What goes on the <c>reports</c> queue: ids and metadata only, never prompt text or image bytes (a queue is
/// readable by whoever holds its role, and messages outlive nothing: the evidence stays in the verdict tables and
/// the quarantine, fetched with <c>genscreen export</c>). Consumers dedupe by <see cref="VerdictId"/>.
/// </summary>
public sealed record ReportMessage(
    [property: JsonPropertyName("verdictId")] string VerdictId,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons,
    [property: JsonPropertyName("policyVersion")] string PolicyVersion,
    [property: JsonPropertyName("screenedAt")] DateTimeOffset ScreenedAt,
    [property: JsonPropertyName("userId")] string? UserId = null,
    [property: JsonPropertyName("contentSha256")] string? ContentSha256 = null,
    [property: JsonPropertyName("pdqHash")] string? PdqHash = null,
    [property: JsonPropertyName("promptSha256")] string? PromptSha256 = null,
    [property: JsonPropertyName("promptVerdictId")] string? PromptVerdictId = null,
    [property: JsonPropertyName("quarantineBlob")] string? QuarantineBlob = null)
{
    public const string PromptKind = "prompt";
    public const string ImageKind = "image";

    /// <summary>Version of the message shape; a consumer refuses versions it does not know.</summary>
    [JsonPropertyName("schema")]
    public int Schema { get; init; } = 1;

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportMessage? FromJson(string json) => JsonSerializer.Deserialize<ReportMessage>(json, Json);
}
