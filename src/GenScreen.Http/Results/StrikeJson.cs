using System.Text.Json;
using GenScreen.Storage.Strikes;

namespace GenScreen.Http.Results;

/// <summary>A user's standing as JSON (admin routes).</summary>
public static class StrikeJson
{
    public static void Write(Utf8JsonWriter w, StrikeSummary summary, StrikeOptions options, IReadOnlyList<StrikeClearance> clearances)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(options);
        w.WriteStartObject();
        w.WriteString("userId", summary.UserId);
        w.WriteNumber("count", summary.Count);
        w.WriteString("escalation", EscalationNames.Of(summary.Escalation));
        w.WriteString("windowStart", summary.WindowStart);
        if (summary.ClearedAt is { } cleared)
        {
            w.WriteString("clearedAt", cleared);
        }

        w.WriteStartObject("thresholds");
        w.WriteString("window", options.Window.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("warn", options.WarnAt);
        w.WriteNumber("review", options.ReviewAt);
        w.WriteNumber("mute", options.MuteAt);
        w.WriteEndObject();
        w.WriteStartArray("strikes");
        foreach (var s in summary.Strikes)
        {
            w.WriteStartObject();
            w.WriteString("verdictId", s.VerdictId);
            w.WriteString("kind", s.Kind);
            w.WriteString("at", s.At);
            if (s.Reason is not null)
            {
                w.WriteString("reason", s.Reason);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("clearances");
        foreach (var c in clearances)
        {
            WriteClearance(w, c);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteClearance(Utf8JsonWriter w, StrikeClearance c)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(c);
        w.WriteStartObject();
        w.WriteString("at", c.At);
        w.WriteString("by", c.By);
        w.WriteString("reason", c.Reason);
        w.WriteNumber("strikesCleared", c.StrikesCleared);
        w.WriteString("escalationBefore", c.EscalationBefore);
        w.WriteEndObject();
    }
}
