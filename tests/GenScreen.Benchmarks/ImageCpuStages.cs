using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Images.Decoding;
using GenScreen.Images.Faces;
using GenScreen.Images.Hashing;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Pipeline;
using GenScreen.ModelImport.FaceApi;
using Microsoft.Extensions.Options;

namespace GenScreen.Benchmarks;

/// <summary>
/// <c>image-cpu-stages [rounds]</c>: where the server's CPU goes per image, stage by stage, on the eight payloads of
/// the image load test (tests/load/ImageLoad: four photos as PNG and JPEG q90, 1024²). Each round runs every stage once
/// per payload (the order rotated each round) and records the process's CPU time (all threads: ONNX Runtime's pool
/// and the GC count too), wall time, bytes allocated and GC collections. CPU time rather than wall time because the
/// machine is shared: a stage that waits for a core does not count, a stage that burns one does.
/// The whole <see cref="ImageScreener.Screen"/> is the app's in-process work per image (faces on, PDQ as the
/// banks' sink does it, both NSFW stages as configured by default); the load test's server CPU per image minus it is
/// storage, HTTP, the watcher, the JIT and the GC of the host (docs/performance.md, "Where an image's CPU goes").
/// </summary>
internal static class ImageCpuStages
{
    private sealed record Stage(string Name, Func<Payload, object?> Run);

    private sealed record Payload(string Name, string ContentType, byte[] Bytes, DecodedFrame Frame);

    public static void Run(TextWriter output, int rounds)
    {
        var root = ImageBenchContext.Root;
        var payloads = new List<Payload>();
        foreach (var photo in BenchImages.LoadPhotos)
        {
            using var bitmap = BenchImages.Resized(root, photo, BenchImages.Side, BenchImages.Side);
            foreach (var (ext, type, bytes) in new[] { ("png", "image/png", BenchImages.EncodePng(bitmap)), ("jpg", "image/jpeg", BenchImages.EncodeJpeg(bitmap)) })
            {
                payloads.Add(new Payload($"{photo}.{ext}", type, bytes, ImageBenchContext.DecodeOrThrow(bytes, $"{photo}.{ext}")));
            }
        }

        var imageOptions = Options.Create(new ImageScreeningOptions());
        using var classifier = new NsfwClassifier(ImageBenchContext.Model());
        var files = FaceModelCache.EnsureFiles(root, detector: FaceDetectorKind.Tiny);
        using var analyzer = new FaceAnalyzer(files, new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny });
        var faces = new FaceStage(analyzer);
        var screener = new ImageScreener(classifier, NsfwSecondStage.Disabled, ScreeningSetup.CreateScreener(new ScreeningOptions()), imageOptions, faces);
        var limits = new ImageDecodeLimits();

        var stages = new List<Stage>
        {
            new("SHA-256 of the bytes", p => SHA256.HashData(p.Bytes)),
            new("decode (copy, container walk, Skia, RGBA to RGB)", p => SafeImageDecoder.Decode(p.Bytes, p.ContentType, p.Name, limits, CancellationToken.None).Frames.Count),
            new("PDQ of the frame", p => PdqHasher.Hash(p.Frame.Rgb.Span, p.Frame.Width, p.Frame.Height)),
            new("NSFW first stage (resize + net)", p => classifier.Classify(p.Frame.Rgb.Span, p.Frame.Width, p.Frame.Height)),
            new("faces (Tiny, two groups)", p => faces.Analyze(p.Frame)),
            new("whole ImageScreener.Screen (faces on, no PDQ)", p => screener.Screen(new ImageScreenRequest(p.Bytes, p.ContentType, p.Name, "mature"), CancellationToken.None).Verdict.Decision),
        };

        var cpu = new List<double>[stages.Count];
        var wall = new List<double>[stages.Count];
        var allocated = new long[stages.Count];
        var gen0 = new int[stages.Count];
        var gen2 = new int[stages.Count];
        var pause = new double[stages.Count];
        for (int s = 0; s < stages.Count; s++)
        {
            cpu[s] = [];
            wall[s] = [];
        }

        // Warm-up: JIT (tiers) and ONNX Runtime's first runs, not recorded.
        for (int i = 0; i < 3; i++)
        {
            foreach (var p in payloads)
            {
                foreach (var stage in stages)
                {
                    stage.Run(p);
                }
            }
        }

        output.WriteLine($"image-cpu-stages: {rounds} rounds x {payloads.Count} payloads ({string.Join(", ", payloads.Select(p => $"{p.Name} {p.Bytes.Length / 1024} KB"))}); load average before {File.ReadAllText("/proc/loadavg").Trim()}");
        for (int r = 0; r < rounds; r++)
        {
            foreach (var p in payloads)
            {
                for (int k = 0; k < stages.Count; k++)
                {
                    int s = (k + r) % stages.Count;
                    var cpu0 = TimeSpan.FromTicks(CpuClock.ProcessNanoseconds() / 100);
                    var alloc0 = GC.GetTotalAllocatedBytes(precise: false);
                    var g0 = GC.CollectionCount(0);
                    var g2 = GC.CollectionCount(2);
                    var pause0 = GC.GetTotalPauseDuration();
                    var started = Stopwatch.GetTimestamp();
                    GC.KeepAlive(stages[s].Run(p));
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    cpu[s].Add((TimeSpan.FromTicks(CpuClock.ProcessNanoseconds() / 100) - cpu0).TotalMilliseconds);
                    wall[s].Add(elapsed.TotalMilliseconds);
                    allocated[s] += GC.GetTotalAllocatedBytes(precise: false) - alloc0;
                    gen0[s] += GC.CollectionCount(0) - g0;
                    gen2[s] += GC.CollectionCount(2) - g2;
                    pause[s] += (GC.GetTotalPauseDuration() - pause0).TotalMilliseconds;
                }
            }
        }

        int n = rounds * payloads.Count;
        output.WriteLine("| Stage (per image, mean of the 8 payloads) | CPU ms (mean) | wall ms (median) | wall ms (min) | MB allocated | gen0 / gen2 GCs per 100 images | GC pause ms per image |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int s = 0; s < stages.Count; s++)
        {
            var sorted = wall[s].Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {stages[s].Name} | {cpu[s].Average():F1} | {sorted[sorted.Count / 2]:F2} | {sorted[0]:F2} | {allocated[s] / (double)n / (1 << 20):F2} | {100.0 * gen0[s] / n:F0} / {100.0 * gen2[s] / n:F0} | {pause[s] / n:F2} |"));
        }

        output.WriteLine($"load average after {File.ReadAllText("/proc/loadavg").Trim()}.");
    }
}
