using System.Text.Json;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>Runs nsfwjs itself (parity/nsfwjs-parity.mjs under node) on PNG files and reads its JSON result.</summary>
internal static class NsfwjsReference
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<NsfwjsResult> Classify(string repositoryRoot, IReadOnlyList<string> pngPaths)
    {
        var script = Path.Combine(repositoryRoot, "tests", "GenScreen.Images.Tests", "parity", "nsfwjs-parity.mjs");
        var output = Path.Combine(Path.GetTempPath(), $"nsfwjs-parity-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, _, stderr) = ProcessRunner.Run("node", [script, "--out", output, .. pngPaths], repositoryRoot, Timeout);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"node {script} failed (exit {exitCode}): {stderr}");
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(output));
            var backend = json.RootElement.GetProperty("backend").GetString();
            if (backend != "cpu")
            {
                throw new InvalidOperationException($"nsfwjs ran on the '{backend}' backend, expected the pure-JS 'cpu' one.");
            }

            return json.RootElement.GetProperty("images").EnumerateArray().Select(e => new NsfwjsResult(
                e.GetProperty("path").GetString()!,
                e.GetProperty("rgbSha256").GetString()!,
                e.GetProperty("inputSha256").GetString()!,
                e.GetProperty("probabilities").EnumerateArray().Select(p => p.GetDouble()).ToArray(),
                e.GetProperty("ms").GetDouble())).ToList();
        }
        finally
        {
            File.Delete(output);
        }
    }
}
