using GenScreen.Storage.Reports;
using System.Text.Json;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Review;

namespace GenScreen.Http.Results;

/// <summary>The review API's JSON shapes (docs/api.md#review-routes): items, pages, audit rows, action results, purge reports.</summary>
public static class ReviewJson
{
    /// <param name="reports">The report ledger rows of the reportable items (absent: not reportable): <c>needsReport</c>, <c>report</c>.</param>
    public static void WriteItem(Utf8JsonWriter writer, ReviewItem item, IReadOnlyDictionary<string, ReportLedgerEntry?>? reports = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(item);
        writer.WriteStartObject();
        writer.WriteString("kind", item.Kind);
        writer.WriteString("verdictId", item.VerdictId);
        writer.WriteString("status", item.State.Status);
        writer.WriteNumber("version", item.State.Version);
        VerdictJson.WriteDecisionFields(writer, item.Decision, item.Policy, item.Image?.Verdict.PolicyVersion ?? item.Prompt!.Verdict.PolicyVersion, item.Categories, item.Reasons);
        writer.WriteString("screenedAt", item.ScreenedAt);
        if (item.UserId is { } user)
        {
            writer.WriteString("userId", user);
        }

        if (reports is not null && reports.TryGetValue(item.VerdictId, out var report))
        {
            ModerationFields.ReportStatus(reportable: true, report)(writer);
        }

        writer.WriteBoolean("imageAvailable", item.ImageAvailable);
        if (item.ImageAvailable)
        {
            writer.WriteString("imageUrl", $"/api/review/items/{item.VerdictId}/image");
        }

        writer.WriteStartArray("hashMatches");
        foreach (var r in item.Reasons.Where(r => r.Code is HashBankRules.Match or HashBankRules.AllowMatch))
        {
            writer.WriteStartObject();
            writer.WriteString("code", r.Code);
            writer.WriteString("bank", r.Term);
            writer.WriteString("message", r.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (item.State.Version > 1)
        {
            WriteReview(writer, item.State);
        }

        if (item.Prompt is { } prompt)
        {
            // The prompt verdict itself (kind prompt), or the image's correlated prompt, as the admin record route shows it.
            writer.WritePropertyName("prompt");
            VerdictResult.Write(writer, prompt, VerdictView.FullRecord);
        }
        else if (item.Image?.PromptVerdictId is { } missing)
        {
            writer.WriteString("promptVerdictId", missing);
        }

        if (item.Image is { } image)
        {
            writer.WritePropertyName("image");
            ImageVerdictResult.Write(writer, image, fullRecord: true);
        }

        writer.WriteEndObject();
    }

    public static void WritePage(Utf8JsonWriter writer, ReviewPage page, IReadOnlyDictionary<string, ReportLedgerEntry?>? reports = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(page);
        writer.WriteStartObject();
        writer.WriteStartArray("items");
        foreach (var item in page.Items)
        {
            WriteItem(writer, item, reports);
        }

        writer.WriteEndArray();
        if (page.Continuation is { } token)
        {
            writer.WriteString("continuation", token);
        }
        else
        {
            writer.WriteNull("continuation");
        }

        writer.WriteEndObject();
    }

    /// <summary>An item with its superseded versions and its audit trail (<c>GET /api/review/items/{id}</c>).</summary>
    public static void WriteDetail(Utf8JsonWriter writer, ReviewItem item, IReadOnlyList<ReviewHistoryVersion> history, IReadOnlyList<ReviewAuditRecord> audit, IReadOnlyDictionary<string, ReportLedgerEntry?>? reports = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WritePropertyName("item");
        WriteItem(writer, item, reports);
        writer.WriteStartArray("history");
        foreach (var v in history)
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", v.Version);
            writer.WriteString("status", v.Columns.TryGetValue("ReviewStatus", out var s) ? s.ToString() : ReviewNames.Open);
            writer.WriteString("decision", v.Columns.TryGetValue("Decision", out var d) ? d.ToString() : null);
            writer.WriteString("supersededAt", v.SupersededAt);
            writer.WriteString("supersededByAudit", v.SupersededByAudit);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteAuditArray(writer, "audit", audit);
        writer.WriteEndObject();
    }

    public static void WriteAuditArray(Utf8JsonWriter writer, string name, IReadOnlyList<ReviewAuditRecord> audit)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(audit);
        writer.WriteStartArray(name);
        foreach (var a in audit)
        {
            WriteAudit(writer, a);
        }

        writer.WriteEndArray();
    }

    public static void WriteAudit(Utf8JsonWriter writer, ReviewAuditRecord a)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(a);
        writer.WriteStartObject();
        writer.WriteString("auditId", a.AuditId);
        writer.WriteString("verdictId", a.VerdictId);
        writer.WriteString("kind", a.Kind);
        writer.WriteString("action", a.Action);
        writer.WriteString("operator", a.Operator);
        if (a.OperatorId is not null)
        {
            writer.WriteString("operatorId", a.OperatorId);
        }

        writer.WriteString("at", a.At);
        writer.WriteString("reason", a.Reason);
        writer.WritePropertyName("before");
        writer.WriteRawValue(a.Before);
        writer.WritePropertyName("after");
        writer.WriteRawValue(a.After);
        writer.WriteEndObject();
    }

    public static void WriteActionResult(Utf8JsonWriter writer, ReviewActionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WritePropertyName("item");
        WriteItem(writer, result.Item);
        writer.WritePropertyName("audit");
        WriteAudit(writer, result.Audit);
        WriteIf(writer, "releasedTo", result.ReleasedTo);
        WriteIf(writer, "legalHoldCleared", result.LegalHoldCleared);
        WriteIf(writer, "quarantineCopyDeleted", result.QuarantineCopyDeleted);
        WriteIf(writer, "hashRemoved", result.HashRemoved);
        WriteIf(writer, "bankedIn", result.BankedIn);
        writer.WriteEndObject();
    }

    public static void WritePurge(Utf8JsonWriter writer, PurgeReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteBoolean("dryRun", report.DryRun);
        writer.WriteString("cutoff", report.Cutoff);
        writer.WriteStartArray("candidates");
        foreach (var c in report.Candidates)
        {
            writer.WriteStartObject();
            writer.WriteString("verdictId", c.VerdictId);
            writer.WriteString("quarantineBlob", c.QuarantineBlob);
            writer.WriteString("screenedAt", c.ScreenedAt);
            writer.WriteString("status", c.Status);
            writer.WriteBoolean("deleted", c.Deleted);
            WriteIf(writer, "auditId", c.AuditId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteReview(Utf8JsonWriter writer, ReviewState s)
    {
        writer.WriteStartObject("review");
        WriteIf(writer, "by", s.By);
        WriteIf(writer, "byId", s.ById);
        if (s.At is { } at)
        {
            writer.WriteString("at", at);
        }

        WriteIf(writer, "reason", s.Reason);
        WriteIf(writer, "auditId", s.AuditId);
        WriteIf(writer, "confirmedCategory", s.ConfirmedCategory is { } c ? WireNames.Of(c) : null);
        WriteIf(writer, "releasedTo", s.ReleasedTo);
        if (s.EvidencePurgedAt is { } purged)
        {
            writer.WriteString("evidencePurgedAt", purged);
        }

        writer.WriteEndObject();
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } v)
        {
            writer.WriteBoolean(name, v);
        }
    }
}
