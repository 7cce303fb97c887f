using System.Text.Json;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Strikes;

namespace GenScreen.Http.Results;

/// <summary>The moderation fields of verdict answers: a user's <c>escalation</c>, a verdict's report status.</summary>
public static class ModerationFields
{
    public static Action<Utf8JsonWriter> Escalation(Escalation escalation) =>
        w => w.WriteString("escalation", EscalationNames.Of(escalation));

    /// <summary>
    /// <c>needsReport</c>: the verdict is reportable (<see cref="Core.Verdicts.ReportRule"/>) and nobody has marked it
    /// reported yet; <c>report</c>: the ledger row (queued, reported by whom), when there is one.
    /// </summary>
    public static Action<Utf8JsonWriter> ReportStatus(bool reportable, ReportLedgerEntry? entry) => w =>
    {
        w.WriteBoolean("needsReport", reportable && entry is not { IsReported: true });
        if (entry is null)
        {
            return;
        }

        w.WriteStartObject("report");
        if (entry.QueuedAt is { } queued)
        {
            w.WriteString("queuedAt", queued);
        }

        if (entry.ReportedAt is { } reported)
        {
            w.WriteString("reportedAt", reported);
            w.WriteString("reportedBy", entry.ReportedBy);
            if (entry.Reference is not null)
            {
                w.WriteString("reference", entry.Reference);
            }

            if (entry.Note is not null)
            {
                w.WriteString("note", entry.Note);
            }
        }

        w.WriteEndObject();
    };
}
