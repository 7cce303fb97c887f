using System.Diagnostics;
using System.Globalization;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// A live "lines, errors, rate" line on stderr, redrawn four times a second, only when stderr is a
/// terminal: in a log file or CI output it would be noise (the final summary line is written regardless).
/// </summary>
internal sealed class BulkProgress : IAsyncDisposable
{
    private readonly TextWriter _error;
    private readonly BulkTally _tally;
    private readonly Stopwatch _clock;
    private readonly Timer? _timer;
    private int _drawn;

    public BulkProgress(TextWriter error, bool enabled, BulkTally tally, Stopwatch clock)
    {
        _error = error;
        _tally = tally;
        _clock = clock;
        if (enabled)
        {
            _timer = new Timer(_ => Draw(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
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
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);
        _error.Write(string.Create(CultureInfo.InvariantCulture, $"\r\x1b[2K{lines:N0} lines, {_tally.Errors:N0} errors, {lines / seconds:N0} lines/s"));
        _error.Flush();
        Interlocked.Increment(ref _drawn);
    }
}
