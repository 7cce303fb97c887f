namespace GenScreen.Storage.Rescreen;

/// <summary>
/// The page processor both re-screening drivers share: the CLI's sequential, checkpointed scan (<c>genscreen rescreen</c>)
/// and the queue fan-out in Azure (<see cref="RescreenPageHandler"/>, one message per page). Rows of a page are re-screened
/// with bounded parallelism; results come back in row order.
/// </summary>
public static class RescreenPages
{
    public static async Task<TResult[]> ProcessAsync<TRow, TResult>(
        IReadOnlyList<TRow> rows, Func<TRow, CancellationToken, Task<TResult>> rescreen, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(rescreen);
        var results = new TResult[rows.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, rows.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await rescreen(rows[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }
}
