using System.Globalization;
using GenScreen.Core.Prompts;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// <c>screen prompts</c> end to end: input stream → batches → one <see cref="BatchScreener"/> per core →
/// output stream in input order, with progress and a throughput summary on stderr.
/// </summary>
internal static class BulkScreening
{
    public static async Task<BulkTally> RunAsync(
        Stream input,
        Stream output,
        PromptScreener screener,
        VerdictIdGenerator ids,
        int maxPromptLength,
        int parallelism,
        TextWriter error,
        bool showProgress,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var total = new BulkTally();
        var screeners = Enumerable.Range(0, parallelism).Select(_ => new BatchScreener(screener, ids, maxPromptLength)).ToList();
        try
        {
            await using (new BulkProgress(error, showProgress, total, time, started))
            {
                var batches = new LineBatchReader(input, LineBatchReader.DefaultBufferSize).ReadAsync(cancellationToken);
                await OrderedBatchPipeline.RunAsync(
                    batches,
                    [.. screeners.Select(s => (Action<LineBatch>)s.Screen)],
                    async (batch, ct) =>
                    {
                        using var lines = batch.Output!;
                        await output.WriteAsync(lines.WrittenMemory, ct).ConfigureAwait(false);
                        total.Add(batch.Tally);
                    },
                    cancellationToken).ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            screeners.ForEach(s => s.Dispose());
        }

        var seconds = time.GetElapsedTime(started).TotalSeconds;
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"screen prompts: {total.Lines:N0} lines, {total.Errors:N0} errors (allow {total.Allow:N0}, review {total.Review:N0}, block {total.Block:N0}) in {seconds:0.000} s: {(seconds > 0 ? total.Lines / seconds : 0):N0} lines/s")).ConfigureAwait(false);
        return total;
    }
}
