using System.Text.Json;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Verdicts;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Results;

/// <summary>
/// Writes a verdict as JSON straight to the response pipe (no intermediate object graph), with headers
/// saying whether it was stored (<c>GenScreen-Storage</c>) and how long screening took (<c>Server-Timing</c>).
/// </summary>
public sealed class VerdictResult(StoredPromptVerdict stored, VerdictWriteOutcome? storage, double? screenMilliseconds, VerdictView view) : IResult
{
    public StoredPromptVerdict Stored { get; } = stored;

    public VerdictWriteOutcome? Storage { get; } = storage;

    /// <summary>Fields other features add to this answer (escalation, report status: <see cref="ModerationFields"/>).</summary>
    public Action<Utf8JsonWriter>? AdditionalFields { get; init; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = VerdictResponse.Start(httpContext, Storage?.ToString().ToLowerInvariant(), screenMilliseconds);
        await using var writer = new Utf8JsonWriter(response.BodyWriter);
        Write(writer, Stored, view, AdditionalFields);
        await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The verdict JSON, with as much of the stored record as <paramref name="view"/> allows.</summary>
    public static void Write(Utf8JsonWriter writer, StoredPromptVerdict stored, VerdictView view, Action<Utf8JsonWriter>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(stored);
        var v = stored.Verdict;
        writer.WriteStartObject();
        writer.WriteString("verdictId", stored.VerdictId);
        VerdictJson.WriteDecisionFields(writer, v.Decision, v.Policy, v.PolicyVersion, v.Categories, v.Reasons);
        VerdictJson.WritePromptFields(writer, v);
        if (stored.RequestId is not null)
        {
            writer.WriteString("requestId", stored.RequestId);
        }

        if (view is VerdictView.Summary or VerdictView.FullRecord)
        {
            writer.WriteString("screenedAt", stored.ScreenedAt);
            writer.WriteNumber("promptLength", stored.PromptLength);
            WriteIfPresent(writer, "model", stored.Model);
        }

        // What identifies the prompt or its author: admins only (issue 14, item 10).
        if (view is VerdictView.FullRecord)
        {
            writer.WriteString("promptSha256", stored.PromptSha256);
            WriteIfPresent(writer, "negativePromptSha256", stored.NegativePromptSha256);
            WriteIfPresent(writer, "userId", stored.UserId);
            WriteIfPresent(writer, "prompt", stored.Prompt);
            WriteIfPresent(writer, "negativePrompt", stored.NegativePrompt);
        }

        additionalFields?.Invoke(writer);
        writer.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
