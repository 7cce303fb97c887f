using System.Threading.Channels;
using GenScreen.Storage.Verdicts.Journal;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Verdict writes waiting for the table to come back. Bounded, so an outage cannot exhaust memory; when
/// full, the write is reported as dropped (and logged as an error) rather than silently lost. With a
/// <see cref="VerdictJournal"/>, every accepted write is on disk before its caller is answered "deferred",
/// and the writes a crashed process left behind are queued again when the journal is opened.
/// </summary>
public sealed class VerdictRetryBacklog : IDisposable
{
    private readonly Channel<StoredPromptVerdict> _channel = Channel.CreateUnbounded<StoredPromptVerdict>(new UnboundedChannelOptions { SingleReader = true });
    private readonly int _capacity;
    private readonly Func<(VerdictJournal, IReadOnlyList<StoredPromptVerdict>)>? _openJournal;
    private readonly Lock _gate = new();
    private VerdictJournal? _journal;
    private int _pending;

    /// <summary>A backlog in memory only: lost if the process dies before the table comes back.</summary>
    public VerdictRetryBacklog(int capacity)
        : this(capacity, null)
    {
    }

    /// <param name="openJournal">Opens the journal (and returns what it recovered) on first use; null keeps the backlog in memory only.</param>
    public VerdictRetryBacklog(int capacity, Func<(VerdictJournal Journal, IReadOnlyList<StoredPromptVerdict> Recovered)>? openJournal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _openJournal = openJournal;
    }

    /// <summary>Writes waiting for retry.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Whether accepted writes survive a crash of this process.</summary>
    public bool IsDurable => _openJournal is not null;

    /// <summary>
    /// Opens the journal now (a host does this at start, so a previous process's writes are retried without
    /// waiting for the next outage); a no-op without a journal or when already open.
    /// </summary>
    public void EnsureOpen()
    {
        lock (_gate)
        {
            OpenLocked();
        }
    }

    /// <summary>Accepts a write for retry (journaled first when durable); false when the backlog is full.</summary>
    public bool TryEnqueue(StoredPromptVerdict verdict)
    {
        lock (_gate)
        {
            OpenLocked();
            if (_pending >= _capacity)
            {
                return false;
            }

            // On disk before it is queued: the reader may write and confirm it at once.
            _journal?.Append(verdict);
            _pending++;
            _channel.Writer.TryWrite(verdict);
            return true;
        }
    }

    /// <summary>The retry service wrote (or resolved) one queued verdict.</summary>
    internal void MarkWritten()
    {
        lock (_gate)
        {
            _pending--;
            _journal?.MarkWritten();
        }
    }

    internal ChannelReader<StoredPromptVerdict> Reader => _channel.Reader;

    public void Dispose()
    {
        lock (_gate)
        {
            _journal?.Dispose();
        }
    }

    private void OpenLocked()
    {
        if (_journal is not null || _openJournal is null)
        {
            return;
        }

        var (journal, recovered) = _openJournal();
        _journal = journal;
        foreach (var verdict in recovered)
        {
            // Beyond the capacity if need be: these callers were already told "deferred".
            _pending++;
            _channel.Writer.TryWrite(verdict);
        }
    }
}
