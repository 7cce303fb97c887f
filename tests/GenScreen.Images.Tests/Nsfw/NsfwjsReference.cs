using System.Text.Json;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>Runs nsfwjs itself (parity/nsfwjs-parity.mjs under node) on PNG files and reads its JSON result.</summary>
internal static class NsfwjsReference
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<NsfwjsResult> Classify(string repositoryRoot, IReadOnlyList<string> pngPaths) =>
        Classify(repositoryRoot, pngPaths, "MobileNetV2", "cpu");

    /// <param name="model">nsfwjs's model name: MobileNetV2 or InceptionV3.</param>
    /// <param name="backend"><c>cpu</c> (pure JS) or <c>wasm</c> (tfjs-backend-wasm, SIMD).</param>
    public static IReadOnlyList<NsfwjsResult> Classify(string repositoryRoot, IReadOnlyList<string> pngPaths, string model, string backend)
    {
        var script = Path.Combine(repositoryRoot, "tests", "GenScreen.Images.Tests", "parity", "nsfwjs-parity.mjs");
        var output = Path.Combine(Path.GetTempPath(), $"nsfwjs-parity-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, _, stderr) = ProcessRunner.Run("node", [script, "--out", output, "--model", model, "--backend", backend, .. pngPaths], repositoryRoot, Timeout);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"node {script} failed (exit {exitCode}): {stderr}");
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(output));
            var ran = json.RootElement.GetProperty("backend").GetString();
            if (ran != backend || json.RootElement.GetProperty("model").GetString() != model)
            {
                throw new InvalidOperationException($"nsfwjs ran {json.RootElement.GetProperty("model")} on the '{ran}' backend, expected {model} on '{backend}'.");
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
