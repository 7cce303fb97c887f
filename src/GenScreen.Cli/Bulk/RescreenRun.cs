using GenScreen.Storage.Rescreen;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// Drives a re-screening: reads stored verdicts page by page in key order, re-screens each page with
/// bounded parallelism, reports each result in key order, and (with --apply) records after every page
/// how far it got, so an interrupted run resumes where it stopped. Safe to repeat: rows already at the
/// target version are skipped, and writes are idempotent.
/// </summary>
internal static class RescreenRun
{
    public static async Task<RescreenReport> RunAsync<TRow>(
        IRescreenTarget<TRow> target,
        RescreenCheckpointStore checkpoints,
        RescreenSettings settings,
        Action<TRow, RescreenItemResult> onResult,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var report = new RescreenReport();
        var scope = $"{target.Kind}:{target.Source}";
        var version = target.TargetPolicyVersion;
        TablePosition? start = null;
        var rowsBefore = 0L;
        if (settings.Apply)
        {
            await checkpoints.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            var previous = await checkpoints.GetAsync(scope, version, cancellationToken).ConfigureAwait(false);
            // A finished run starts over from the first row: cheap (current rows are skipped) and it picks up
            // rows an older instance wrote with old rules after that run.
            if (previous is { Completed: false, LastDone: { } lastDone } && !settings.Restart)
            {
                start = lastDone;
                rowsBefore = previous.RowsDone;
                report.ResumedAfter = lastDone;
            }
        }

        await target.PrepareAsync(settings.Apply, cancellationToken).ConfigureAwait(false);
        var checkpoint = start;
        // Once a row fails, the checkpoint stays before it so the next run retries it; later rows are still
        // processed now (and skipped as current next time).
        var frozen = false;
        var limitReached = false;
        await foreach (var page in target.ReadPagesAsync(start, settings.PageSize, cancellationToken).ConfigureAwait(false))
        {
            var rows = page;
            if (settings.Limit is { } limit && report.Scanned + rows.Count >= limit)
            {
                rows = [.. page.Take((int)(limit - report.Scanned))];
                limitReached = true;
            }

            // The page processor the queue fan-out shares (GenScreen.Storage.Rescreen).
            var results = await RescreenPages.ProcessAsync(rows, (row, ct) => target.RescreenAsync(row, settings.Apply, ct), settings.Parallelism, cancellationToken).ConfigureAwait(false);

            for (var i = 0; i < rows.Count; i++)
            {
                report.Add(results[i]);
                onResult(rows[i], results[i]);
                if (!frozen && results[i].IsSettled)
                {
                    checkpoint = target.PositionOf(rows[i]);
                }
                else
                {
                    frozen = true;
                }
            }

            if (settings.Apply)
            {
                await SaveAsync(checkpoints, scope, version, checkpoint, rowsBefore + report.Scanned, completed: false, time, cancellationToken).ConfigureAwait(false);
            }

            if (limitReached)
            {
                break;
            }
        }

        // Hitting the limit exactly at the last row still counts as stopped: only a run that saw the end completes.
        report.StoppedAtLimit = limitReached;
        report.Completed = !limitReached && !frozen;
        if (settings.Apply)
        {
            report.Checkpoint = checkpoint;
            if (report.Completed)
            {
                await SaveAsync(checkpoints, scope, version, checkpoint, rowsBefore + report.Scanned, completed: true, time, cancellationToken).ConfigureAwait(false);
            }
        }

        return report;
    }

    private static Task SaveAsync(RescreenCheckpointStore store, string scope, string version, TablePosition? lastDone, long rowsDone, bool completed, TimeProvider time, CancellationToken cancellationToken) =>
        store.SaveAsync(new RescreenCheckpoint(scope, version, lastDone, rowsDone, completed, time.GetUtcNow()), cancellationToken);
}
