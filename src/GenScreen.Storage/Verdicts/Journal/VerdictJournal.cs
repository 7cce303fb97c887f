using Microsoft.Extensions.Logging;

namespace GenScreen.Storage.Verdicts.Journal;

/// <summary>
/// An append-only file of the verdicts answered "deferred" and not yet in the table, so that a process crash
/// during a table outage loses none of them. Each record is flushed to the disk (fsync) before its caller is
/// answered; the file is emptied (and synced) when every record in it has been written to the table. At start
/// the file is read back: intact records are retried (a record already in the table is found there and
/// skipped: writes are create-once per verdict id), damaged bytes are logged with their offset and skipped,
/// a torn last record (a crash mid-append) is cut off. Not thread-safe: <see cref="VerdictRetryBacklog"/> serializes access.
/// </summary>
public sealed partial class VerdictJournal : IDisposable
{
    private readonly ILogger _logger;
    private readonly FileStream _file;
    private int _unwritten;

    private VerdictJournal(string path, FileStream file, ILogger logger)
    {
        Path = path;
        _file = file;
        _logger = logger;
    }

    public string Path { get; }

    /// <summary>Records appended (or recovered) whose table write has not been confirmed.</summary>
    public int Unwritten => _unwritten;

    /// <summary>
    /// Opens (creating) the journal, exclusively: a second process on the same file fails here with a clear error.
    /// Returns the verdicts a previous process left unwritten.
    /// </summary>
    public static (VerdictJournal Journal, IReadOnlyList<StoredPromptVerdict> Recovered) Open(string path, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        FileStream file;
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // it may hold prompt text
            }

            file = new FileStream(path, options);
        }
        catch (IOException ex)
        {
            throw new IOException($"The deferred-verdict journal {path} is in use by another process; give each host its own VerdictStore:JournalPath.", ex);
        }

        var journal = new VerdictJournal(path, file, logger);
        try
        {
            return (journal, journal.Recover());
        }
        catch
        {
            journal.Dispose();
            throw;
        }
    }

    /// <summary>Appends a verdict and flushes it to the disk before returning.</summary>
    public void Append(StoredPromptVerdict verdict)
    {
        var frame = JournalFrame.Encode(JournalPayload.Encode(verdict));
        _file.Seek(0, SeekOrigin.End);
        _file.Write(frame);
        _file.Flush(flushToDisk: true);
        _unwritten++;
    }

    /// <summary>One journaled verdict is now in the table; when none is left, the file is emptied.</summary>
    public void MarkWritten()
    {
        if (_unwritten > 0 && --_unwritten == 0)
        {
            _file.SetLength(0);
            _file.Flush(flushToDisk: true);
        }
    }

    public void Dispose()
    {
        var empty = _unwritten == 0 && _file.Length == 0;
        _file.Dispose();
        if (empty)
        {
            File.Delete(Path); // nothing to replay: leave no file behind (a host per test table would leave many)
        }
    }

    private List<StoredPromptVerdict> Recover()
    {
        var data = new byte[_file.Length];
        _file.Seek(0, SeekOrigin.Begin);
        _file.ReadExactly(data);
        var scan = JournalFrame.Scan(data);
        foreach (var damage in scan.Damaged)
        {
            LogDamaged(_logger, Path, damage.Offset, damage.Length);
        }

        if (scan.Damaged.Count > 0)
        {
            // Keep the damaged file for inspection; the live one is emptied once its intact records are written.
            var copy = $"{Path}.damaged-{DateTime.UtcNow:yyyyMMddTHHmmssfff}";
            File.WriteAllBytes(copy, data);
            LogDamageKept(_logger, copy);
        }

        if (scan.TornTailAt is { } torn)
        {
            // A crash mid-append: that caller was never answered. Cut it so new records follow intact ones.
            LogTornTail(_logger, Path, torn, data.Length - torn);
            _file.SetLength(torn);
            _file.Flush(flushToDisk: true);
        }

        var recovered = new List<StoredPromptVerdict>(scan.Records.Count);
        foreach (var record in scan.Records)
        {
            try
            {
                recovered.Add(JournalPayload.Decode(record));
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                // The checksum matched, so this is a payload this version cannot read (never a torn write).
                LogUnreadable(_logger, Path, ex);
            }
        }

        _unwritten = recovered.Count;
        if (recovered.Count == 0 && _file.Length > 0)
        {
            _file.SetLength(0);
            _file.Flush(flushToDisk: true);
        }

        if (recovered.Count > 0)
        {
            LogRecovered(_logger, recovered.Count, Path);
        }

        return recovered;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deferred-verdict journal {Path}: {Count} verdict(s) left unwritten by a previous process; retrying them")]
    private static partial void LogRecovered(ILogger logger, int count, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deferred-verdict journal {Path}: {Length} damaged byte(s) at offset {Offset} skipped (checksum or framing); the intact records around them are kept")]
    private static partial void LogDamaged(ILogger logger, string path, long offset, long length);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deferred-verdict journal: the damaged file was copied to {Copy} for inspection")]
    private static partial void LogDamageKept(ILogger logger, string copy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deferred-verdict journal {Path}: torn last record at offset {Offset} ({Length} byte(s), a crash mid-append; its caller was never answered) cut off")]
    private static partial void LogTornTail(ILogger logger, string path, long offset, long length);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deferred-verdict journal {Path}: an intact record could not be read by this version and is skipped")]
    private static partial void LogUnreadable(ILogger logger, string path, Exception ex);
}
