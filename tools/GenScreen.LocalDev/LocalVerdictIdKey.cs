using System.Security.Cryptography;
using GenScreen.LocalDev;
using GenScreen.Storage.Verdicts;

namespace GenScreen.LocalDev;

/// <summary>
/// The verdict id key (<c>VerdictStore:IdKey</c>) of a developer machine that has none configured, for
/// <c>genscreen serve</c> and <c>genscreen screen prompts</c>: 256 random bits, generated on first use and
/// kept in a git-ignored file that only its owner can read. Persisted rather than per-process because the
/// verdicts persist (Azurite keeps them in <c>.azurite/</c>): with a new key after a restart, the replay of
/// a recorded request would miss its row and be recorded a second time. Never used in Azure, where the key
/// is a Key Vault reference.
/// </summary>
public static class LocalVerdictIdKey
{
    public const string FileName = "verdict-id.key";

    // A reader can open the file between its creator's create and write (or see half a write): it waits for
    // the terminating newline this long before judging what is there.
    private const int ReadAttempts = 400;
    private static readonly TimeSpan ReadRetryDelay = TimeSpan.FromMilliseconds(5);

    /// <summary><c>.genscreen/verdict-id.key</c> in the clone (next to <c>.azurite/</c>), else in the user's local application data.</summary>
    public static string DefaultPath() => RepositoryRoot.TryFind() is { } root
        ? Path.Combine(root, ".genscreen", FileName)
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "GenScreen", FileName);

    /// <summary>The key stored at <paramref name="path"/>, created there first if there is none.</summary>
    public static string LoadOrCreate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return Read(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        // Created with FileMode.CreateNew (O_CREAT | O_EXCL): the file system lets exactly one of any number of
        // processes starting at once create it, and every other one reads the winner's key. (A temporary file
        // moved into place without overwriting is not enough: on Linux that move is a check then a rename, so two
        // movers could both succeed and hand out two keys.)
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            return Read(path);
        }

        using (stream)
        {
            // One write of the whole line, flushed before the stream closes; readers wait for the newline.
            var line = System.Text.Encoding.ASCII.GetBytes(key + "\n");
            stream.Write(line);
            stream.Flush(flushToDisk: true);
        }

        return key;
    }

    private static string Read(string path)
    {
        var text = string.Empty;
        for (var attempt = 1; attempt <= ReadAttempts; attempt++)
        {
            text = ReadShared(path);
            if (text.EndsWith('\n'))
            {
                break;
            }

            // Empty or without its newline: its creator may still be writing it (or it was written by hand).
            Thread.Sleep(ReadRetryDelay);
        }

        var key = text.Trim();
        return key.Length >= VerdictIdGenerator.MinKeyLength
            ? key
            : throw new InvalidOperationException(
                $"{path} holds no usable verdict id key (fewer than {VerdictIdGenerator.MinKeyLength} characters). Delete it to have a new one " +
                "generated; verdicts recorded under the old key then no longer match their request ids (a retried request is screened and recorded anew).");
    }

    // Opened with FileShare.ReadWrite so that a reader never fails on the creator's open handle (Windows).
    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
