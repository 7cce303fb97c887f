using GenScreen.Images.Tests.Nsfw;

namespace GenScreen.Images.Tests.Faces;

/// <summary>
/// skimage's LFW subset (<c>skimage/data/lfw_subset.npy</c> in Debian's python3-skimage: 200 grey 25×25 crops, the first
/// 100 faces of adults from Labeled Faces in the Wild, the rest background), fetched like <see cref="SkimageSamples"/>
/// and cached under <c>artifacts/test-data/skimage</c> (git-ignored).
/// </summary>
internal static class LfwSubset
{
    public const int Side = 25;
    public const int FaceCount = 100;
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The 100 face crops, each <c>25·25</c> grey bytes.</summary>
    public static IReadOnlyList<byte[]> Faces(string repositoryRoot)
    {
        var bytes = File.ReadAllBytes(EnsureCached(repositoryRoot));

        // .npy: magic, version 1.0, little-endian header length, a Python dict header; then raw float64 (200, 25, 25)
        // in C order, grey levels in [0, 1] (skimage's float image convention), turned into bytes here.
        if (bytes.Length < 10 || bytes[0] != 0x93 || bytes[1] != (byte)'N' || bytes[6] != 1)
        {
            throw new InvalidDataException("lfw_subset.npy is not a version-1 .npy file.");
        }

        var headerLength = bytes[8] | (bytes[9] << 8);
        var header = System.Text.Encoding.ASCII.GetString(bytes, 10, headerLength);
        if (!header.Contains("'<f8'", StringComparison.Ordinal) || !header.Contains("(200, 25, 25)", StringComparison.Ordinal) || header.Contains("'fortran_order': True", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Unexpected lfw_subset.npy header: {header}");
        }

        var start = 10 + headerLength;
        var values = new double[FaceCount * Side * Side];
        Buffer.BlockCopy(bytes, start, values, 0, values.Length * sizeof(double));
        var scale = values.Max() <= 1.0 ? 255.0 : 1.0;
        var grey = values.Select(v => (byte)Math.Clamp(Math.Round(v * scale), 0, 255)).ToArray();
        return [.. Enumerable.Range(0, FaceCount).Select(i => grey.AsSpan(i * Side * Side, Side * Side).ToArray())];
    }

    private static string EnsureCached(string repositoryRoot)
    {
        var cache = Path.Combine(repositoryRoot, "artifacts", "test-data", "skimage", "lfw_subset.npy");
        if (File.Exists(cache))
        {
            return cache;
        }

        var work = Directory.CreateTempSubdirectory("genscreen-lfw-");
        try
        {
            if (ProcessRunner.Run("apt-get", ["download", "python3-skimage"], work.FullName, StepTimeout).ExitCode != 0)
            {
                Check(ProcessRunner.Run("apt-get", ["update"], work.FullName, StepTimeout), "apt-get update");
                Check(ProcessRunner.Run("apt-get", ["download", "python3-skimage"], work.FullName, StepTimeout), "apt-get download python3-skimage");
            }

            var deb = Directory.GetFiles(work.FullName, "python3-skimage_*.deb").Single();
            var extracted = Path.Combine(work.FullName, "x");
            Check(ProcessRunner.Run("dpkg-deb", ["-x", deb, extracted], work.FullName, StepTimeout), "dpkg-deb -x");
            var source = Directory.GetFiles(extracted, "lfw_subset.npy", SearchOption.AllDirectories).Single();
            Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
            var temp = $"{cache}.{Guid.NewGuid():N}.tmp";
            File.Copy(source, temp);
            File.Move(temp, cache, overwrite: true);
            return cache;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void Check((int ExitCode, string Stdout, string Stderr) result, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed (exit {result.ExitCode}): {result.Stderr}");
        }
    }
}
