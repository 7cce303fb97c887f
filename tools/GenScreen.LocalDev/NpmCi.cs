using System.Diagnostics;

namespace GenScreen.LocalDev;

/// <summary>
/// Installs the repository's npm devDependencies from package-lock.json (<c>npm ci</c>) when files it needs are missing,
/// for Azurite and the nsfwjs model alike. <c>npm ci</c> deletes node_modules first, so runs are serialized across
/// processes (parallel test assemblies) with an exclusive lock file, and the files are checked again under the lock.
/// </summary>
public static class NpmCi
{
    public static void EnsureInstalled(string root, IReadOnlyList<string> requiredFiles, TimeSpan timeout, Action<string>? log)
    {
        ArgumentNullException.ThrowIfNull(requiredFiles);
        if (AllExist(root, requiredFiles))
        {
            return;
        }

        var deadline = DateTime.UtcNow + timeout;
        using var gate = AcquireLock(Path.Combine(root, "artifacts", "npm-ci.lock"), deadline);
        for (var attempt = 1; !AllExist(root, requiredFiles); attempt++)
        {
            log?.Invoke("Installing npm devDependencies from package-lock.json (npm ci, first run only)...");
            var (exitCode, stderr) = Run(root, deadline);
            if (AllExist(root, requiredFiles))
            {
                return;
            }

            // A second try covers an npm ci started at the same moment by a process that does not take this lock.
            if (attempt == 2 || DateTime.UtcNow >= deadline)
            {
                throw new InvalidOperationException($"npm ci in {root} did not install {string.Join(", ", requiredFiles)} (exit {exitCode}): {stderr}");
            }

            Thread.Sleep(TimeSpan.FromSeconds(2));
        }
    }

    private static bool AllExist(string root, IReadOnlyList<string> files) => files.All(f => File.Exists(Path.Combine(root, f)));

    private static (int ExitCode, string Stderr) Run(string root, DateTime deadline)
    {
        var npm = new ProcessStartInfo("npm") { WorkingDirectory = root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            npm.ArgumentList.Add(arg);
        }

        using var process = Process.Start(npm) ?? throw new InvalidOperationException("npm is required to install nsfwjs (install Node.js 20+).");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        var remaining = deadline - DateTime.UtcNow;
        if (!process.WaitForExit(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"npm ci in {root} did not finish in time.");
        }

        return (process.ExitCode, stderr.GetAwaiter().GetResult());
    }

    private static FileStream AcquireLock(string path, DateTime deadline)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(250);
            }
        }
    }
}
