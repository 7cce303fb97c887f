using GenScreen.LocalDev;

namespace GenScreen.LocalDev.Azurite;

/// <summary>Installs Azurite from the repository's package-lock.json when it is not installed yet (shared npm ci lock).</summary>
internal static class AzuriteInstaller
{
    private static readonly string[] Script = ["node_modules", "azurite", "dist", "src", "azurite.js"];

    public static Task<string> EnsureInstalledAsync(string root, Action<string>? log, CancellationToken cancellationToken)
    {
        var relative = Path.Combine(Script);
        // npm ci deletes node_modules first, so it runs under the same cross-process lock as the model import.
        return Task.Run(() =>
        {
            NpmCi.EnsureInstalled(root, [relative], TimeSpan.FromMinutes(10), log);
            return Path.Combine(root, relative);
        }, cancellationToken);
    }
}
