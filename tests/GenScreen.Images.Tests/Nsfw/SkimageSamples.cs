namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// Real photographs and drawings for the parity test, taken from the sample data that Debian's <c>python3-skimage</c>
/// package ships in <c>skimage/data/</c> (terms in that package's copyright file; used at test time only, never committed). The .deb is
/// fetched with <c>apt-get download</c> (after <c>apt-get update</c> if the package lists are empty) and unpacked
/// with <c>dpkg-deb -x</c>; the chosen PNGs are cached under <c>artifacts/test-data/skimage</c> (git-ignored).
/// </summary>
internal static class SkimageSamples
{
    /// <summary>8-bit PNGs of several kinds: RGB photos, grey, RGBA (alpha dropped), palette, a small one (upscaled).</summary>
    public static readonly string[] Names =
    [
        "astronaut", "camera", "chelsea", "coffee", "coins", "color", "clock_motion", "green_palette", "horse",
        "ihc", "logo", "microaneurysms", "moon", "motorcycle_left", "page", "phantom", "text",
    ];

    private const string Package = "python3-skimage";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);
    private static readonly Lock Gate = new();

    /// <summary>Returns the cache directory holding <c>&lt;name&gt;.png</c> for every entry of <see cref="Names"/>.</summary>
    public static string EnsureCached(string repositoryRoot)
    {
        var cache = Path.Combine(repositoryRoot, "artifacts", "test-data", "skimage");
        lock (Gate)
        {
            if (Names.All(n => File.Exists(Path.Combine(cache, n + ".png"))))
            {
                return cache;
            }

            var work = Directory.CreateTempSubdirectory("genscreen-skimage-");
            try
            {
                var deb = Download(work.FullName);
                var extracted = Path.Combine(work.FullName, "x");
                Check(ProcessRunner.Run("dpkg-deb", ["-x", deb, extracted], work.FullName, StepTimeout), "dpkg-deb -x");
                var data = Directory.GetDirectories(Path.Combine(extracted, "usr", "lib"), "data", SearchOption.AllDirectories)
                    .FirstOrDefault(d => d.EndsWith(Path.Combine("skimage", "data"), StringComparison.Ordinal))
                    ?? throw new InvalidOperationException($"{Package} has no skimage/data directory.");
                Directory.CreateDirectory(cache);
                foreach (var name in Names)
                {
                    var temp = Path.Combine(cache, $"{name}.png.{Guid.NewGuid():N}.tmp");
                    File.Copy(Path.Combine(data, name + ".png"), temp);
                    File.Move(temp, Path.Combine(cache, name + ".png"), overwrite: true);
                }
            }
            finally
            {
                work.Delete(recursive: true);
            }

            return cache;
        }
    }

    private static string Download(string directory)
    {
        var result = ProcessRunner.Run("apt-get", ["download", Package], directory, StepTimeout);
        if (result.ExitCode != 0)
        {
            // A fresh machine may have empty package lists; refresh them once and retry.
            Check(ProcessRunner.Run("apt-get", ["update"], directory, StepTimeout), "apt-get update");
            Check(ProcessRunner.Run("apt-get", ["download", Package], directory, StepTimeout), $"apt-get download {Package}");
        }

        return Directory.GetFiles(directory, $"{Package}_*.deb").Single();
    }

    private static void Check((int ExitCode, string Stdout, string Stderr) result, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed (exit {result.ExitCode}): {result.Stderr}");
        }
    }
}
