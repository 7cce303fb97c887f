using GenScreen.Core.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Drains the <see cref="VerdictRetryBacklog"/>, backing off exponentially (250 ms doubling to 30 s, on the host's
/// <see cref="TimeProvider"/>) while the table stays unreachable. A write is confirmed to the backlog (and so
/// leaves its journal) only once the table holds the row: stored now, or found there already (a replay).
/// </summary>
public sealed partial class VerdictRetryService(VerdictRetryBacklog queue, TablePromptVerdictStore store, TimeProvider time, ILogger<VerdictRetryService> logger) : BackgroundService
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A crashed predecessor's deferred writes are queued again now (the first write to the backlog opens it too).
        queue.EnsureOpen();
        // The backlog's depth is genscreen.queue.depth{genscreen.queue=verdict-retry} while this host runs.
        using var depth = GenScreenMetrics.TrackQueue("verdict-retry", () => queue.Pending);
        await foreach (var verdict in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            var backoff = FirstBackoff;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var result = await store.InsertAsync(verdict, stoppingToken).ConfigureAwait(false);
                    queue.MarkWritten();
                    LogRetried(logger, verdict.VerdictId, result.Outcome, attempt);
                    break;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogRetryFailed(logger, verdict.VerdictId, attempt, queue.Pending, ex);
                    await Task.Delay(backoff, time, stoppingToken).ConfigureAwait(false);
                    backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deferred verdict {VerdictId} written ({Outcome}) after {Attempts} background attempt(s)")]
    private static partial void LogRetried(ILogger logger, string verdictId, VerdictWriteOutcome outcome, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deferred verdict {VerdictId} still not written after attempt {Attempt}; {Pending} more waiting")]
    private static partial void LogRetryFailed(ILogger logger, string verdictId, int attempt, int pending, Exception ex);
}
