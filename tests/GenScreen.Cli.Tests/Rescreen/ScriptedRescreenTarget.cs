using GenScreen.Storage.Rescreen;
using GenScreen.Cli.Bulk;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Tests.Rescreen;

/// <summary>Rows 0..n-1 with keys in order; rows listed in <see cref="FailingRows"/> fail.</summary>
internal sealed class ScriptedRescreenTarget(int rows) : IRescreenTarget<int>
{
    public const string Version = "v2";

    public HashSet<int> FailingRows { get; } = [];

    public string Kind => "scripted";

    public string Source => "rows";

    public string TargetPolicyVersion => Version;

    public static TablePosition Key(int row) => new("p", $"r{row:D3}");

    public Task PrepareAsync(bool apply, CancellationToken cancellationToken) => Task.CompletedTask;

    public async IAsyncEnumerable<IReadOnlyList<int>> ReadPagesAsync(TablePosition? after, int pageSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        var remaining = Enumerable.Range(0, rows).Where(r => after is null || string.CompareOrdinal(Key(r).RowKey, after.Value.RowKey) > 0);
        foreach (var page in remaining.Chunk(pageSize))
        {
            yield return page;
        }
    }

    public TablePosition PositionOf(int row) => Key(row);

    public Task<RescreenItemResult> RescreenAsync(int row, bool apply, CancellationToken cancellationToken) =>
        Task.FromResult(FailingRows.Contains(row)
            ? new RescreenItemResult(RescreenStatus.Failed, Error: "scripted failure")
            : new RescreenItemResult(RescreenStatus.AlreadyCurrent));
}
