using System.Diagnostics;

namespace GenScreen.Storage.Local;

/// <summary>Installs Azurite from the repository's package-lock.json (npm ci) when it is not installed yet.</summary>
internal static class AzuriteInstaller
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static async Task<string> EnsureInstalledAsync(string root, Action<string>? log, CancellationToken cancellationToken)
    {
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (File.Exists(script))
        {
            return script;
        }

        await InstallGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!File.Exists(script))
            {
                log?.Invoke("Installing Azurite from package-lock.json (npm ci, first run only)...");
                var npm = new ProcessStartInfo("npm") { WorkingDirectory = root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var arg in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
                {
                    npm.ArgumentList.Add(arg);
                }

                using var process = Process.Start(npm) ?? throw new InvalidOperationException("npm is required to install Azurite (install Node.js 20+).");
                var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
                _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                if (process.ExitCode != 0 || !File.Exists(script))
                {
                    throw new InvalidOperationException($"npm ci failed in {root} (exit {process.ExitCode}): {await stderr.ConfigureAwait(false)}");
                }
            }
        }
        finally
        {
            InstallGate.Release();
        }

        return script;
    }
}
