using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Images.Decoding;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Pipeline;
using GenScreen.LocalDev;
using GenScreen.ModelImport;
using Microsoft.Extensions.Options;

namespace GenScreen.Benchmarks;

/// <summary>
/// <c>inception-int8 [pairs] [weightLevels]</c>: the second stage (nsfwjs InceptionV3) quantized to int8 by the importer
/// (<see cref="NsfwjsModelImporter.ImportInceptionV3Int8"/>, calibrated on face-api's six demo photos) against the
/// shipped file, on every real image in the skimage cache plus face-api's demo photos: max and mean |Δp| on each first
/// frame, and every decision under <c>mature</c> and <c>strict</c> with both stages (MobileNetV2 float32 first); then
/// speed, alternating the two sessions on the same frame (order swapped every pair), with the load average.
/// </summary>
internal static class InceptionInt8Evaluation
{
    public static void Run(TextWriter output, int pairs, int weightLevels)
    {
        var root = RepositoryRoot.Find();
        var package = Path.Combine(root, "node_modules", NsfwModelInfo.PackageName);
        using var first = new NsfwClassifier(new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = root, Model = NsfwModelSpec.MobileNetV2 }).GetModel());
        using var shipped = new NsfwClassifier(new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = root, Model = NsfwModelSpec.InceptionV3 }).GetModel());

        var import = Stopwatch.StartNew();
        var bytes = NsfwjsModelImporter.ImportInceptionV3Int8(package, weightLevels);
        import.Stop();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = Path.Combine(Path.GetTempPath(), $"nsfw_inception_v3.int8.{sha[..12]}.onnx");
        File.WriteAllBytes(path, bytes);
        var spec = NsfwModelSpec.InceptionV3 with { ModelName = NsfwModelSpec.InceptionV3.ModelName + "-int8", FileName = Path.GetFileName(path), Sha256 = sha };
        using var int8 = new NsfwClassifier(new NsfwModelFile(path, sha, spec));
        output.WriteLine(Invariant($"int8 InceptionV3 (weights ±{weightLevels}): {bytes.Length:N0} B, sha256 {sha}, imported in {import.Elapsed.TotalSeconds:0.0} s; shipped {new FileInfo(NsfwModelCache.EnsureFile(NsfwModelSpec.InceptionV3, root)).Length:N0} B"));

        var images = Images(root);
        var differences = new List<double>();
        var flips = new List<string>();
        foreach (var (name, data) in images)
        {
            var decoded = SafeImageDecoder.Decode(data, null, name, new ImageDecodeLimits(), CancellationToken.None);
            if (!decoded.Succeeded)
            {
                output.WriteLine($"{name}: not decodable, skipped");
                continue;
            }

            var frame = decoded.Frames[0];
            var a = shipped.Classify(frame.Rgb.Span, frame.Width, frame.Height);
            var b = int8.Classify(frame.Rgb.Span, frame.Width, frame.Height);
            var difference = Enum.GetValues<NsfwClass>().Max(c => Math.Abs((double)a[c] - b[c]));
            differences.Add(difference);
            var decisions = new List<string>();
            foreach (var policy in new[] { "mature", "strict" })
            {
                var expected = Screener(first, shipped, policy).Screen(new ImageScreenRequest(data, null, name, null), CancellationToken.None).Verdict.Decision;
                var decided = Screener(first, int8, policy).Screen(new ImageScreenRequest(data, null, name, null), CancellationToken.None).Verdict.Decision;
                decisions.Add($"{policy} {expected}");
                if (expected != decided)
                {
                    flips.Add($"{name} under {policy}: {expected} -> {decided}");
                }
            }

            output.WriteLine(Invariant($"{name,-36} max|Δp| {difference:0.0000}  float Porn {a[NsfwClass.Porn]:0.000} Sexy {a[NsfwClass.Sexy]:0.000} Neutral {a[NsfwClass.Neutral]:0.000}; int8 Porn {b[NsfwClass.Porn]:0.000} Sexy {b[NsfwClass.Sexy]:0.000} Neutral {b[NsfwClass.Neutral]:0.000}  ({string.Join(", ", decisions)})"));
        }

        output.WriteLine(Invariant($"parity: {differences.Count} images, max |Δp| {differences.Max():0.0000}, mean {differences.Average():0.0000}, decision changes {flips.Count} of {differences.Count * 2}"));
        foreach (var flip in flips)
        {
            output.WriteLine("  " + flip);
        }

        // Speed: the same frame through both sessions, alternated.
        var photo = SafeImageDecoder.Decode(File.ReadAllBytes(Path.Combine(BenchImages.SkimageDirectory(root), "astronaut.png")), null, "astronaut.png", new ImageDecodeLimits(), CancellationToken.None).Frames[0];
        output.WriteLine(ShippedVersusInt8Timing.Measure(
            pairs,
            () => shipped.Classify(photo.Rgb.Span, photo.Width, photo.Height),
            () => int8.Classify(photo.Rgb.Span, photo.Width, photo.Height),
            "512×512 astronaut",
            "0.0"));
        File.Delete(path);
    }

    private static List<(string Name, byte[] Bytes)> Images(string root)
    {
        var images = new List<(string, byte[])>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "artifacts", "test-data", "skimage")).Order(StringComparer.Ordinal))
        {
            if (Path.GetExtension(file) is ".png" or ".jpg" or ".gif")
            {
                images.Add(("skimage/" + Path.GetFileName(file), File.ReadAllBytes(file)));
            }
        }

        foreach (var i in Enumerable.Range(1, 6))
        {
            images.Add(($"face-api/sample{i}.jpg", File.ReadAllBytes(Path.Combine(root, "node_modules", "@vladmandic", "face-api", "demo", $"sample{i}.jpg"))));
        }

        return images;
    }

    private static ImageScreener Screener(NsfwClassifier first, NsfwClassifier second, string policy) =>
        new(first, new NsfwSecondStage(second), ScreeningSetup.CreateScreener(new ScreeningOptions { DefaultPolicy = policy }),
            Options.Create(new ImageScreeningOptions { Policy = policy, DecodeTimeout = TimeSpan.FromMinutes(5) }));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
