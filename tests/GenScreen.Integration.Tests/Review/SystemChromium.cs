using GenScreen.Images.Tests.Nsfw;
using Microsoft.Playwright;

namespace GenScreen.Integration.Tests.Review;

/// <summary>
/// Debian's chromium for Playwright: installed with apt-get when missing (CI's clean machines run as root; .ci/run
/// installs it too), launched headless from /usr/bin/chromium. Playwright's own browser download cannot work here.
/// </summary>
internal static class SystemChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly Lock Gate = new();

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (File.Exists(ExecutablePath))
            {
                return;
            }

            string[] install = ["install", "-y", "--no-install-recommends", "chromium"];
            var result = ProcessRunner.Run("apt-get", install, Path.GetTempPath(), InstallTimeout);
            if (result.ExitCode != 0)
            {
                // A fresh machine may have empty package lists: refresh them once and retry.
                ProcessRunner.Run("apt-get", ["update"], Path.GetTempPath(), InstallTimeout);
                result = ProcessRunner.Run("apt-get", install, Path.GetTempPath(), InstallTimeout);
            }

            if (result.ExitCode != 0 || !File.Exists(ExecutablePath))
            {
                throw new InvalidOperationException($"apt-get install chromium failed ({result.ExitCode}): {result.Stderr}");
            }
        }
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root on CI: chromium's sandbox refuses to run as root.
            Args = ["--no-sandbox"],
        });
}
