using GenScreen.Core.Verdicts;

namespace GenScreen.Cli.Bulk;

/// <summary>Counts of a bulk screening (per batch, then summed in order by the output stage).</summary>
internal sealed class BulkTally
{
    private long _allow;
    private long _review;
    private long _block;
    private long _errors;

    public long Allow => Volatile.Read(ref _allow);

    public long Review => Volatile.Read(ref _review);

    public long Block => Volatile.Read(ref _block);

    /// <summary>Lines that produced an error line instead of a verdict.</summary>
    public long Errors => Volatile.Read(ref _errors);

    /// <summary>Lines answered, with a verdict or an error.</summary>
    public long Lines => Allow + Review + Block + Errors;

    public void AddDecision(Decision decision)
    {
        switch (decision)
        {
            case Decision.Allow: _allow++; break;
            case Decision.Review: _review++; break;
            default: _block++; break;
        }
    }

    public void AddError() => _errors++;

    /// <summary>Adds a finished batch's counts. Only the output stage adds; the progress display reads concurrently.</summary>
    public void Add(BulkTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Volatile.Write(ref _allow, _allow + other._allow);
        Volatile.Write(ref _review, _review + other._review);
        Volatile.Write(ref _block, _block + other._block);
        Volatile.Write(ref _errors, _errors + other._errors);
    }
}
