using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Telemetry;

/// <summary>
/// GenScreen's own metrics, on the <see cref="System.Diagnostics.Metrics"/> meter <c>GenScreen</c>: what every host (the
/// Functions app, <c>genscreen serve</c>, the CLI, benchmarks) records through the shared libraries, with no dependency on
/// a host or an exporter. A host that wants them exported adds the meter to OpenTelemetry (docs/telemetry.md); without a
/// listener an instrument costs a check of a flag. Tags never carry prompt text, user ids or image content: only
/// decisions, categories, stage names and outcomes (bounded sets).
/// </summary>
public static class GenScreenMetrics
{
    /// <summary>The meter's name, for <c>AddMeter</c> and <c>MeterListener</c>.</summary>
    public const string MeterName = "GenScreen";

    private static readonly Meter s_meter = new(MeterName, "1.0.0");
    private static readonly ConcurrentDictionary<object, (string Queue, Func<long> Depth)> s_queues = new();

    private static readonly Counter<long> s_screened = s_meter.CreateCounter<long>(
        "genscreen.screened", "{item}", "Prompts and images screened, by kind, decision and deciding category (the highest severity; none when all are 0).");

    private static readonly Histogram<double> s_stageDuration = s_meter.CreateHistogram<double>(
        "genscreen.stage.duration", "ms", "Time spent in one stage of screening or recording: prompt, decode, nsfw, faces, hashing, storage.write, quarantine.move.");

    private static readonly Counter<long> s_quarantineMoves = s_meter.CreateCounter<long>(
        "genscreen.quarantine.moves", "{blob}", "Blobs moved to the quarantine container, by outcome (moved, source-changed, failed).");

    private static readonly Counter<long> s_failures = s_meter.CreateCounter<long>(
        "genscreen.failures", "{failure}", "Failures, by stage and reason (e.g. decode/corrupt, storage.write/dropped): what an alert watches.");

    private static readonly Histogram<int> s_transactionRows = s_meter.CreateHistogram<int>(
        "genscreen.storage.transaction.rows", "{row}", "Rows per table write sent by a group-commit writer (1: a lone insert; up to 100 in one entity group transaction), by table.");

    /// <summary>Observed on collection only (<see cref="TrackQueue"/> registers what it reads).</summary>
    internal static readonly ObservableGauge<long> QueueDepth = s_meter.CreateObservableGauge<long>(
        "genscreen.queue.depth", ObserveQueues, "{item}", "Work waiting in a queue, by queue (verdict-retry: deferred verdict writes waiting for the table).");

    /// <summary>Stage names for <see cref="RecordStage"/> (a bounded set: they are tag values).</summary>
    public static class Stages
    {
        public const string Prompt = "prompt";
        public const string Decode = "decode";
        public const string Nsfw = "nsfw";
        public const string Faces = "faces";
        public const string Hashing = "hashing";
        public const string StorageWrite = "storage.write";
        public const string QuarantineMove = "quarantine.move";
    }

    /// <summary>One screened item (<paramref name="kind"/>: prompt or image), tagged with its decision and deciding category.</summary>
    public static void RecordScreened(string kind, Decision decision, IReadOnlyList<CategorySeverity> categories)
    {
        if (!s_screened.Enabled)
        {
            return;
        }

        s_screened.Add(1, new TagList
        {
            { "genscreen.kind", kind },
            { "genscreen.decision", WireNames.Of(decision) },
            { "genscreen.category", DecidingCategory(categories) },
        });
    }

    /// <summary>How long a stage took, in milliseconds, as measured on the caller's clock (a TimeProvider).</summary>
    public static void RecordStage(string stage, double milliseconds, string? kind = null)
    {
        if (!s_stageDuration.Enabled)
        {
            return;
        }

        var tags = new TagList { { "genscreen.stage", stage } };
        if (kind is not null)
        {
            tags.Add("genscreen.kind", kind);
        }

        s_stageDuration.Record(Math.Max(0, milliseconds), tags);
    }

    /// <summary>One table write of <paramref name="rows"/> rows sent by a group-commit writer: the transaction sizes formed under load.</summary>
    public static void RecordTransactionRows(string table, int rows)
    {
        if (s_transactionRows.Enabled)
        {
            s_transactionRows.Record(rows, new KeyValuePair<string, object?>("genscreen.table", table));
        }
    }

    /// <summary>A quarantine move and how it ended (moved, source-changed, failed).</summary>
    public static void RecordQuarantineMove(string outcome) =>
        s_quarantineMoves.Add(1, new KeyValuePair<string, object?>("genscreen.outcome", outcome));

    /// <summary>A failure in <paramref name="stage"/>, with a short machine reason (never content).</summary>
    public static void RecordFailure(string stage, string reason) =>
        s_failures.Add(1, new TagList { { "genscreen.stage", stage }, { "genscreen.reason", reason } });

    /// <summary>
    /// Reports <paramref name="depth"/> as <c>genscreen.queue.depth</c> with <c>genscreen.queue=<paramref name="queue"/></c> until the
    /// returned handle is disposed (a host's backlog lives as long as the host).
    /// </summary>
    public static IDisposable TrackQueue(string queue, Func<long> depth)
    {
        var handle = new QueueHandle();
        s_queues[handle] = (queue, depth);
        return handle;
    }

    /// <summary>The category with the highest severity (<c>none</c> when every severity is 0): one tag value per item.</summary>
    public static string DecidingCategory(IReadOnlyList<CategorySeverity> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        CategorySeverity? worst = null;
        foreach (var c in categories)
        {
            if (c.Severity > 0 && (worst is null || c.Severity > worst.Value.Severity))
            {
                worst = c;
            }
        }

        return worst is { } w ? WireNames.Of(w.Category) : "none";
    }

    private static IEnumerable<Measurement<long>> ObserveQueues() =>
        s_queues.Values.Select(q => new Measurement<long>(q.Depth(), new KeyValuePair<string, object?>("genscreen.queue", q.Queue)));

    private sealed class QueueHandle : IDisposable
    {
        public void Dispose() => s_queues.TryRemove(this, out _);
    }
}
