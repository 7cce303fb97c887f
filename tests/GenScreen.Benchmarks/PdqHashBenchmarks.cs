using BenchmarkDotNet.Attributes;
using GenScreen.Images.Decoding;
using GenScreen.Images.Hashing;

namespace GenScreen.Benchmarks;

/// <summary>
/// PDQ (hash, quality and the 8 dihedral variants) of an already decoded frame, as the screener computes it on the
/// decode thread: the 1024×1024 astronaut the NSFW benchmarks use, and the 224×224 one. Run it together with
/// <see cref="NsfwInferenceBenchmarks"/> to compare with classifying the same frame in the same run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class PdqHashBenchmarks
{
    private DecodedFrame _large = null!;
    private DecodedFrame _small = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = BenchImages.EnsureFiles(ImageBenchContext.Root);
        _large = ImageBenchContext.DecodeOrThrow(File.ReadAllBytes(files.Png1024), files.Png1024);
        _small = ImageBenchContext.DecodeOrThrow(File.ReadAllBytes(files.Png224), files.Png224);
    }

    [Benchmark(Description = "PDQ 1024x1024 (+ 8 variants)")]
    public int Pdq1024() => PdqHasher.Hash(_large.Rgb.Span, _large.Width, _large.Height).Quality;

    /// <summary>What an image blocked by the rules pays on top, for its crop entries in the quarantined bank (from one plane shrunk to 512 px).</summary>
    [Benchmark(Description = "27 crop hashes of 1024x1024 (blocked images only)")]
    public int Crops1024() => PdqCrops.Hashes(_large.Rgb.Span, _large.Width, _large.Height, 0).Count;

    /// <summary>The crop entries as they were computed before (a full-size copy of the frame per crop, each hashed): the anchor for <see cref="Crops1024"/>.</summary>
    [Benchmark(Description = "27 crop hashes of 1024x1024, before (full-size copy per crop)")]
    public int Crops1024Before()
    {
        var count = 0;
        foreach (var r in PdqCrops.DefaultShares.SelectMany(s => PdqCrops.Rectangles(_large.Width, _large.Height, s)))
        {
            count += PdqHasher.Hash(PdqCrops.Crop(_large.Rgb.Span, _large.Width, r), r.Width, r.Height).Quality > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "PDQ 224x224 (+ 8 variants)")]
    public int Pdq224() => PdqHasher.Hash(_small.Rgb.Span, _small.Width, _small.Height).Quality;
}
