using BenchmarkDotNet.Attributes;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Pipeline;
using Microsoft.Extensions.Options;

namespace GenScreen.Benchmarks;

/// <summary>
/// The whole in-process pipeline for one 1024x1024 image, <see cref="ImageScreener.Screen"/>: SHA-256 of the bytes,
/// safe decode, resize, ONNX inference, the decision rules. What the blob pipeline does per image minus storage.
/// The classifier has the app's default options (as <c>AddGenScreenImageScreener</c> registers it).
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class ImageScreenerBenchmarks
{
    private NsfwClassifier _classifier = null!;
    private ImageScreener _screener = null!;
    private ImageScreenRequest _png = null!;
    private ImageScreenRequest _jpeg = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = BenchImages.EnsureFiles(ImageBenchContext.Root);
        _classifier = new NsfwClassifier(ImageBenchContext.Model());
        _screener = new ImageScreener(_classifier, ScreeningSetup.CreateScreener(new ScreeningOptions()), Options.Create(new ImageScreeningOptions()));
        _png = new ImageScreenRequest(File.ReadAllBytes(files.Png1024), "image/png", "bench.png", "mature");
        _jpeg = new ImageScreenRequest(File.ReadAllBytes(files.Jpeg1024), "image/jpeg", "bench.jpg", "mature");
        foreach (var request in new[] { _png, _jpeg })
        {
            var result = _screener.Screen(request, CancellationToken.None);
            if (result.Facts.Scores is null)
            {
                throw new InvalidOperationException($"{request.Name} was not screened: {result.Verdict.Reasons[0].Message}");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _classifier.Dispose();

    [Benchmark(Baseline = true, Description = "Screen PNG 1024")]
    public Decision ScreenPng() => _screener.Screen(_png, CancellationToken.None).Verdict.Decision;

    [Benchmark(Description = "Screen JPEG 1024 q90")]
    public Decision ScreenJpeg() => _screener.Screen(_jpeg, CancellationToken.None).Verdict.Decision;
}
