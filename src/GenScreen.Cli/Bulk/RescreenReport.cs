using GenScreen.Storage.Rescreen;
using GenScreen.Evaluation;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Bulk;

/// <summary>Counts of one re-screening run, by outcome and by decision change (before × after).</summary>
internal sealed class RescreenReport
{
    private readonly long[] _byStatus = new long[Enum.GetValues<RescreenStatus>().Length];

    public long Scanned { get; private set; }

    /// <summary>Rows in before × after decision form, for every re-screened row (the diagonal is "unchanged").</summary>
    public DecisionMatrix Decisions { get; } = new();

    /// <summary>Where an unfinished checkpoint made this run start, or null when it started at the first row.</summary>
    public TablePosition? ResumedAfter { get; set; }

    /// <summary>The run stopped at <c>--limit</c> with rows left.</summary>
    public bool StoppedAtLimit { get; set; }

    /// <summary>Every row was scanned and every row settled (no failure left for a later run).</summary>
    public bool Completed { get; set; }

    /// <summary>The last row the checkpoint records as done (apply only).</summary>
    public TablePosition? Checkpoint { get; set; }

    public long Count(RescreenStatus status) => _byStatus[(int)status];

    /// <summary>Rows that need another run: conflicts and failures.</summary>
    public long Unsettled => Count(RescreenStatus.Conflict) + Count(RescreenStatus.Failed);

    public void Add(RescreenItemResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Scanned++;
        _byStatus[(int)result.Status]++;
        if (result.Change is { } change)
        {
            Decisions.Add(change.Before, change.After);
        }
    }
}
