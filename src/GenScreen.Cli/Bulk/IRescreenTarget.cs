using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// A kind of stored verdict that <c>genscreen rescreen</c> can bring up to the current rules. Prompt
/// verdicts are the only kind today; image verdicts will be a second implementation (their own table,
/// history and screening) driven by the same <see cref="RescreenRun"/>: paging, limits, checkpoints and
/// counting do not depend on the kind.
/// </summary>
/// <typeparam name="TRow">A stored row as the target reads it.</typeparam>
internal interface IRescreenTarget<TRow>
{
    /// <summary><c>prompt</c> (later <c>image</c>): part of the checkpoint scope.</summary>
    string Kind { get; }

    /// <summary>Where the verdicts live (table name): part of the checkpoint scope.</summary>
    string Source { get; }

    /// <summary>The policy version every verdict should end up at.</summary>
    string TargetPolicyVersion { get; }

    /// <summary>Creates what an applying run writes to (history table).</summary>
    Task PrepareAsync(bool apply, CancellationToken cancellationToken);

    /// <summary>Rows in key order, after <paramref name="after"/> when resuming.</summary>
    IAsyncEnumerable<IReadOnlyList<TRow>> ReadPagesAsync(TablePosition? after, int pageSize, CancellationToken cancellationToken);

    TablePosition PositionOf(TRow row);

    /// <summary>Screens the row again; with <paramref name="apply"/>, archives the old version and writes the new one.</summary>
    Task<RescreenItemResult> RescreenAsync(TRow row, bool apply, CancellationToken cancellationToken);
}
