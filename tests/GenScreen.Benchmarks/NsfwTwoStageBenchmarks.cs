using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Decoding;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Pipeline;
using GenScreen.ModelImport;
using Microsoft.Extensions.Options;

namespace GenScreen.Benchmarks;

/// <summary>
/// What the second NSFW stage costs. <see cref="ScreenMix"/> screens a whole mix of real image files under
/// <c>strict</c> with one stage (MobileNetV2 alone: the anchor of the same run) and with both (InceptionV3 on the
/// frames MobileNetV2 flags); the ratio of the two is the cost of the second stage on that mix. Mixes:
/// <c>benign-set</c>, the 32 stored files of the two-stage test's benign set (skimage's sample data as shipped, 102×102
/// to 741×500, with the retina photograph, a microscopy image and a 24-frame GIF that MobileNetV2 flags, and
/// face-api's six demo photographs): a worst case, picked for its false positives; <c>generated-1024</c>, the load
/// test's four photographs at 1024×1024 as PNG and JPEG, none flagged: the common path. The per-frame cost of
/// InceptionV3 on a decoded 1024×1024 frame is <see cref="ClassifyInceptionV3"/>, beside MobileNetV2's.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class NsfwTwoStageBenchmarks
{
    private static readonly string[] SkimageFiles =
    [
        "astronaut.png", "camera.png", "chelsea.png", "coffee.png", "coins.png", "color.png", "clock_motion.png", "green_palette.png",
        "horse.png", "ihc.png", "logo.png", "microaneurysms.png", "moon.png", "motorcycle_left.png", "page.png", "phantom.png", "text.png",
        "brick.png", "cell.png", "grass.png", "gravel.png", "hubble_deep_field.jpg", "motorcycle_right.png", "retina.jpg", "rocket.jpg",
        "no_time_for_that_tiny.gif",
    ];

    private NsfwClassifier _mobileNetV2 = null!;
    private NsfwClassifier _inceptionV3 = null!;
    private ImageScreener _screener = null!;
    private ImageScreenRequest[] _mix = [];
    private DecodedFrame _large = null!;

    [Params("benign-set", "generated-1024")]
    public string Mix { get; set; } = "benign-set";

    [Params(1, 2)]
    public int Stages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = ImageBenchContext.Root;
        _mobileNetV2 = new NsfwClassifier(ImageBenchContext.Model());
        _inceptionV3 = new NsfwClassifier(new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = root, Model = NsfwModelSpec.InceptionV3 }).GetModel());
        var secondStage = Stages == 2 ? new NsfwSecondStage(_inceptionV3) : NsfwSecondStage.Disabled;
        _screener = new ImageScreener(_mobileNetV2, secondStage, ScreeningSetup.CreateScreener(new ScreeningOptions()), Options.Create(new ImageScreeningOptions { Policy = "strict" }));
        _mix = Mix == "benign-set" ? BenignSet(root) : Generated1024(root);
        var files = BenchImages.EnsureFiles(root);
        _large = ImageBenchContext.DecodeOrThrow(File.ReadAllBytes(files.Png1024), files.Png1024);
        var flagged = 0;
        foreach (var request in _mix)
        {
            var result = _screener.Screen(request, CancellationToken.None);
            var scores = result.Facts.Scores ?? throw new InvalidOperationException($"{request.Name} was not screened: {result.Verdict.Reasons[0].Message}");
            flagged += scores.SecondStageFrames > 0 ? 1 : 0;
        }

        Console.WriteLine($"// mix {Mix}: {_mix.Length} images, {flagged} sent to the second stage with {Stages} stage(s)");
        _inceptionV3.Classify(_large.Rgb.Span, _large.Width, _large.Height);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _mobileNetV2.Dispose();
        _inceptionV3.Dispose();
    }

    [Benchmark(Description = "Screen the whole mix under strict")]
    public int ScreenMix()
    {
        var blocked = 0;
        foreach (var request in _mix)
        {
            blocked += _screener.Screen(request, CancellationToken.None).Verdict.Decision == Decision.Block ? 1 : 0;
        }

        return blocked;
    }

    [Benchmark(Description = "InceptionV3 classify, decoded 1024x1024 (resize to 299 + ONNX)")]
    public float ClassifyInceptionV3() => _inceptionV3.Classify(_large.Rgb.Span, _large.Width, _large.Height).Neutral;

    [Benchmark(Description = "MobileNetV2 classify, decoded 1024x1024 (resize to 224 + ONNX)")]
    public float ClassifyMobileNetV2() => _mobileNetV2.Classify(_large.Rgb.Span, _large.Width, _large.Height).Neutral;

    internal static ImageScreenRequest[] BenignSet(string root)
    {
        var skimage = Path.Combine(root, "artifacts", "test-data", "skimage");
        var demo = Path.Combine(root, "node_modules", "@vladmandic", "face-api", "demo");
        var paths = SkimageFiles.Select(f => Path.Combine(skimage, f)).Concat(Enumerable.Range(1, 6).Select(i => Path.Combine(demo, $"sample{i}.jpg"))).ToList();
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException($"Missing {string.Join(", ", missing)}: run 'dotnet test tests/GenScreen.Images.Tests --filter TwoStageStrictTests' once (it caches the skimage files).");
        }

        return [.. paths.Select(p => new ImageScreenRequest(File.ReadAllBytes(p), null, Path.GetFileName(p), null))];
    }

    internal static ImageScreenRequest[] Generated1024(string root)
    {
        var requests = new List<ImageScreenRequest>();
        foreach (var photo in BenchImages.LoadPhotos)
        {
            using var bitmap = BenchImages.Resized(root, photo, BenchImages.Side, BenchImages.Side);
            requests.Add(new ImageScreenRequest(BenchImages.EncodePng(bitmap), "image/png", photo + ".png", null));
            requests.Add(new ImageScreenRequest(BenchImages.EncodeJpeg(bitmap), "image/jpeg", photo + ".jpg", null));
        }

        return [.. requests];
    }
}
