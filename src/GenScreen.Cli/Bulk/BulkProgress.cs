using System.Globalization;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// A live "lines, errors, rate" line on stderr, redrawn four times a second, only when stderr is a
/// terminal: in a log file or CI output it would be noise (the final summary line is written regardless).
/// The cadence and the rate come from the run's <see cref="TimeProvider"/>, so a test can tick it.
/// </summary>
internal sealed class BulkProgress : IAsyncDisposable
{
    /// <summary>Time between two draws.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _error;
    private readonly BulkTally _tally;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly ITimer? _timer;
    private int _drawn;

    public BulkProgress(TextWriter error, bool enabled, BulkTally tally, TimeProvider time, long started)
    {
        _error = error;
        _tally = tally;
        _time = time;
        _started = started;
        if (enabled)
        {
            _timer = time.CreateTimer(_ => Draw(), null, Interval, Interval);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_timer is null)
        {
            return;
        }

        // Waits for a draw in progress, then wipes the progress line so the summary starts clean.
        await _timer.DisposeAsync().ConfigureAwait(false);
        if (Volatile.Read(ref _drawn) > 0)
        {
            await _error.WriteAsync("\r\x1b[2K").ConfigureAwait(false);
        }
    }

    private void Draw()
    {
        var lines = _tally.Lines;
        var seconds = Math.Max(_time.GetElapsedTime(_started).TotalSeconds, 1e-6);
        _error.Write(string.Create(CultureInfo.InvariantCulture, $"\r\x1b[2K{lines:N0} lines, {_tally.Errors:N0} errors, {lines / seconds:N0} lines/s"));
        _error.Flush();
        Interlocked.Increment(ref _drawn);
    }
}
