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

    /// <summary><c>.genscreen/verdict-id.key</c> in the clone (next to <c>.azurite/</c>), else in the user's local application data.</summary>
    public static string DefaultPath() => RepositoryRoot.TryFind() is { } root
        ? Path.Combine(root, ".genscreen", FileName)
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "GenScreen", FileName);

    /// <summary>The key stored at <paramref name="path"/>, created there first if there is none.</summary>
    public static string LoadOrCreate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (TryRead(path) is { } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        // Written to a private temporary file and moved into place without overwriting: two processes
        // starting at once (parallel tests, serve + screen prompts) end up with the same single key.
        var temp = $"{path}.{RandomNumberGenerator.GetHexString(8, lowercase: true)}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(new FileStream(temp, options)))
        {
            writer.WriteLine(key);
        }

        try
        {
            File.Move(temp, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return TryRead(path)!;
        }
    }

    private static string? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var key = File.ReadAllText(path).Trim();
        return key.Length >= VerdictIdGenerator.MinKeyLength
            ? key
            : throw new InvalidOperationException(
                $"{path} holds no usable verdict id key (fewer than {VerdictIdGenerator.MinKeyLength} characters). Delete it to have a new one " +
                "generated; verdicts recorded under the old key then no longer match their request ids (a retried request is screened and recorded anew).");
    }
}
