using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// The table row of a prompt verdict. PartitionKey = first two hex digits of the verdict id (256
/// partitions, uniformly loaded), RowKey = verdict id: every read is a point read.
/// </summary>
internal static class PromptVerdictEntity
{
    public static TableEntity From(StoredPromptVerdict v) => new(VerdictIds.PartitionOf(v.VerdictId), v.VerdictId)
    {
        ["Decision"] = WireNames.Of(v.Verdict.Decision),
        ["Policy"] = v.Verdict.Policy,
        ["PolicyVersion"] = v.Verdict.PolicyVersion,
        ["Categories"] = VerdictJson.ToJsonString(w => VerdictJson.WriteCategories(w, v.Verdict.Categories)),
        ["Reasons"] = VerdictJson.ToJsonString(w => VerdictJson.WriteReasons(w, v.Verdict.Reasons)),
        ["PromptSha256"] = v.PromptSha256,
        ["NegativePromptSha256"] = v.NegativePromptSha256,
        ["PromptLength"] = v.PromptLength,
        ["Prompt"] = v.Prompt,
        ["NegativePrompt"] = v.NegativePrompt,
        ["RequestId"] = v.RequestId,
        ["UserId"] = v.UserId,
        ["Model"] = v.Model,
        ["ScreenedAt"] = v.ScreenedAt,
        ["Mode"] = WireNames.Of(v.Verdict.Mode),
        ["NegativePromptAdditions"] = v.Verdict.NegativePromptAdditions.Count == 0 ? null : VerdictJson.ToJsonString(w => VerdictJson.WriteStrings(w, v.Verdict.NegativePromptAdditions)),
        ["NegativeEmbedding"] = v.Verdict.NegativeEmbedding,
        ["ScreenMs"] = v.ScreenMilliseconds,
    };

    public static StoredPromptVerdict To(TableEntity e)
    {
        if (!WireNames.TryParseDecision(e.GetString("Decision"), out var decision))
        {
            // An unreadable decision must never read as "allow".
            decision = Decision.Block;
        }

        using var categories = JsonDocument.Parse(e.GetString("Categories") ?? "[]");
        using var reasons = JsonDocument.Parse(e.GetString("Reasons") ?? "[]");
        using var additions = JsonDocument.Parse(e.GetString("NegativePromptAdditions") ?? "[]");
        // Rows written before modes existed were all text-to-image.
        var mode = WireNames.TryParseMode(e.GetString("Mode"), out var stored) ? stored : GenerationMode.Txt2Img;
        var verdict = new PromptVerdict(
            decision,
            e.GetString("Policy") ?? string.Empty,
            e.GetString("PolicyVersion") ?? string.Empty,
            VerdictJson.ReadCategories(categories.RootElement),
            VerdictJson.ReadReasons(reasons.RootElement))
        {
            Mode = mode,
            NegativePromptAdditions = VerdictJson.ReadStrings(additions.RootElement),
            NegativeEmbedding = e.GetString("NegativeEmbedding") is { Length: > 0 } embedding ? embedding : null,
        };
        return new StoredPromptVerdict(
            e.RowKey,
            verdict,
            e.GetString("PromptSha256") ?? string.Empty,
            e.GetString("NegativePromptSha256"),
            e.GetInt32("PromptLength") ?? 0,
            e.GetString("Prompt"),
            e.GetString("NegativePrompt"),
            e.GetString("RequestId"),
            e.GetString("UserId"),
            e.GetString("Model"),
            e.GetDateTimeOffset("ScreenedAt") ?? e.Timestamp ?? default)
        {
            ScreenMilliseconds = e.GetDouble("ScreenMs"),
        };
    }

    public static bool IsNotFound(RequestFailedException ex) => ex.Status == 404;

    public static bool IsConflict(RequestFailedException ex) => ex.Status == 409;
}
