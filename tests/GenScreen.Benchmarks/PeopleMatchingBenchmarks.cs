using BenchmarkDotNet.Attributes;
using GenScreen.Core.People;
using GenScreen.ModelImport.FaceRecognition;
using GenScreen.Images.People;

namespace GenScreen.Benchmarks;

/// <summary>
/// Protected-person matching at 100,000 enrolled descriptors (<see cref="FaceEmbeddingIndex"/>: int8 SIMD scan with an
/// exact error bound, then float re-check of the few candidates) against the plain float scan over the same contiguous
/// array, and the descriptor computation per face (recognition net on one 150×150 crop). The enrolled set is
/// synthetic (fixed seed), shaped like face-api descriptors on real faces: a shared mean plus per-person spread chosen
/// so that two different people are about 0.72 apart (the median measured on face-api's demo photos). Queries: a
/// stranger (no match: the common case) and a re-photographed enrolled person (distance ≈ 0.2).
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
public class PeopleMatchingBenchmarks
{
    private const int Enrolled = 100_000;
    private FaceEmbeddingIndex _index = null!;
    private float[] _stranger = null!;
    private float[] _enrolledAgain = null!;
    private FaceEmbedder _embedder = null!;
    private byte[] _crop = null!;
    private readonly float _threshold = (float)FaceMatchDefaults.Threshold;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        var mean = Enumerable.Range(0, FaceEmbeddingIndex.Dimensions).Select(_ => (float)(Normal(random) * 0.07)).ToArray();
        float[] Person() => [.. mean.Select(m => m + (float)(Normal(random) * 0.045))];
        var entries = new List<(int, float[])>(Enrolled);
        for (var i = 0; i < Enrolled; i++)
        {
            entries.Add((i, Person()));
        }

        _index = FaceEmbeddingIndex.Build(entries);
        _stranger = Person();
        _enrolledAgain = [.. entries[Enrolled / 2].Item2.Select(v => v + (float)(Normal(random) * 0.0125))];
        if (_index.FindNearest(_stranger, _threshold) is not null || _index.FindNearest(_enrolledAgain, _threshold)?.Owner != Enrolled / 2)
        {
            throw new InvalidOperationException("The synthetic set does not behave as described.");
        }

        _embedder = new FaceEmbedder(FaceApiRecognitionModelImporter.EnsureFile(ImageBenchContext.Root));
        var photo = Path.Combine(ImageBenchContext.Root, "node_modules", "@vladmandic", "face-api", "demo", "sample3.jpg");
        var frame = ImageBenchContext.DecodeOrThrow(File.ReadAllBytes(photo), photo);
        _crop = frame.Rgb.ToArray();
        _cropWidth = frame.Width;
        _cropHeight = frame.Height;
        _embedder.Embed(_crop, _cropWidth, _cropHeight, CropBox); // first run allocates ORT's arena
    }

    private int _cropWidth;
    private int _cropHeight;

    /// <summary>face-api's recognition crop of the middle face of sample3.jpg.</summary>
    private static GenScreen.Core.Images.Faces.FaceBox CropBox => new(1021, 250, 268, 268);

    [GlobalCleanup]
    public void Cleanup() => _embedder.Dispose();

    [Benchmark(Baseline = true, Description = "Match a stranger, 100k enrolled (index)")]
    public object? MatchStranger() => _index.FindNearest(_stranger, _threshold);

    [Benchmark(Description = "Match an enrolled person, 100k enrolled (index)")]
    public object? MatchEnrolled() => _index.FindNearest(_enrolledAgain, _threshold);

    [Benchmark(Description = "Match a stranger, 100k enrolled (float scan)")]
    public object? MatchStrangerFullScan() => _index.FindNearestByFullScan(_stranger, _threshold);

    [Benchmark(Description = "Descriptor of one face (150x150 crop + ONNX)")]
    public float[] Embed() => _embedder.Embed(_crop, _cropWidth, _cropHeight, CropBox);

    /// <summary>Box-Muller: a standard normal sample.</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
