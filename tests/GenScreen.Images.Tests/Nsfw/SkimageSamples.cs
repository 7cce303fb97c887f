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

    /// <summary>
    /// More real images from the same package, with their extensions: textures, microscopy (cell), astronomy, a second
    /// motorcycle view, the retina photograph (JPEG), a rocket (JPEG) and a small real animated GIF. Used, with
    /// <see cref="Names"/>, as the benign set of the two-stage tests (none of them is sexual).
    /// </summary>
    public static readonly string[] OtherFiles =
    [
        "brick.png", "cell.png", "grass.png", "gravel.png", "hubble_deep_field.jpg", "motorcycle_right.png", "retina.jpg",
        "rocket.jpg", "no_time_for_that_tiny.gif",
    ];

    private const string Package = "python3-skimage";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);
    private static readonly Lock Gate = new();

    /// <summary>Returns the cache directory holding <c>&lt;name&gt;.png</c> for every entry of <see cref="Names"/> and every file of <see cref="OtherFiles"/>.</summary>
    public static string EnsureCached(string repositoryRoot)
    {
        var cache = Path.Combine(repositoryRoot, "artifacts", "test-data", "skimage");
        lock (Gate)
        {
            if (AllFiles().All(f => File.Exists(Path.Combine(cache, f))))
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
                foreach (var file in AllFiles())
                {
                    var temp = Path.Combine(cache, $"{file}.{Guid.NewGuid():N}.tmp");
                    File.Copy(Path.Combine(data, file), temp);
                    File.Move(temp, Path.Combine(cache, file), overwrite: true);
                }
            }
            finally
            {
                work.Delete(recursive: true);
            }

            return cache;
        }
    }

    private static IEnumerable<string> AllFiles() => Names.Select(n => n + ".png").Concat(OtherFiles);

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
