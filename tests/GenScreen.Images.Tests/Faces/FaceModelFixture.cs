using GenScreen.LocalDev;
using GenScreen.Images.Decoding;
using GenScreen.Images.Faces;
using GenScreen.ModelImport.FaceApi;
using GenScreen.Images.Tests.Nsfw;

namespace GenScreen.Images.Tests.Faces;

/// <summary>
/// One face analyzer for every test class in the <see cref="FaceModelGroup"/>: the three models are imported into the
/// repository's artifacts cache on first use (as the app does on a clean clone) and the sessions are created once.
/// </summary>
public sealed class FaceModelFixture : IDisposable
{
    public FaceModelFixture()
    {
        RepositoryRoot = GenScreen.LocalDev.RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Run the tests inside the GenScreen clone.");
        Files = FaceModelCache.EnsureFiles(RepositoryRoot);
        Analyzer = new FaceAnalyzer(Files);
        TinyFiles = Files with { Detector = FaceModelCache.EnsureDetector(FaceDetectorKind.Tiny, RepositoryRoot), DetectorKind = FaceDetectorKind.Tiny };
        parity = new Lazy<(IReadOnlyList<(string Name, DecodedFrame Frame)>, ReferenceRun)>(ComputeParityReference);
    }

    private readonly Lazy<(IReadOnlyList<(string Name, DecodedFrame Frame)> Frames, ReferenceRun Reference)> parity;

    public string RepositoryRoot { get; }

    public FaceModelFiles Files { get; }

    public FaceAnalyzer Analyzer { get; }

    /// <summary>The same landmark and age files with the tiny detector (<see cref="FaceDetectorKind.Tiny"/>).</summary>
    public FaceModelFiles TinyFiles { get; }

    public FaceModelFiles FilesFor(FaceDetectorKind detector) => detector == FaceDetectorKind.Tiny ? TinyFiles : Files;

    public string PackageDirectory => Path.Combine(RepositoryRoot, "node_modules", "@vladmandic", "face-api");

    /// <summary>face-api's six demo photographs (adults, groups), in file order.</summary>
    public IReadOnlyList<string> DemoPhotos =>
        [.. Enumerable.Range(1, 6).Select(i => Path.Combine(PackageDirectory, "demo", $"sample{i}.jpg"))];

    /// <summary>Decodes a file with GenScreen's own decoder: the frame the pipeline would analyze.</summary>
    public static DecodedFrame Decode(string path)
    {
        var result = SafeImageDecoder.Decode(File.ReadAllBytes(path), null, Path.GetFileName(path), new ImageDecodeLimits(), CancellationToken.None);
        Assert.True(result.Succeeded, $"{path}: {result.Message}");
        return result.Frames[0];
    }

    /// <summary>
    /// The parity photos (face-api's six demo photos and skimage's astronaut) as GenScreen decodes them, and face-api's
    /// faces on them with both detectors: computed once per test run, in one node process, for every parity case.
    /// </summary>
    internal (IReadOnlyList<(string Name, DecodedFrame Frame)> Frames, ReferenceRun Reference) ParityReference => parity.Value;

    private (IReadOnlyList<(string Name, DecodedFrame Frame)>, ReferenceRun) ComputeParityReference()
    {
        EnsureNodeModules();
        var frames = DemoPhotos.Select(p => (Path.GetFileName(p), Decode(p))).ToList();
        frames.Add(("astronaut.png", Decode(Path.Combine(SkimageSamples.EnsureCached(RepositoryRoot), "astronaut.png"))));
        return (frames, FaceApiReference.Analyze(RepositoryRoot, frames, ["ssd", "tiny"]));
    }

    public void EnsureNodeModules() =>
        NpmCi.EnsureInstalled(
            RepositoryRoot,
            ["node_modules/@vladmandic/face-api/package.json", "node_modules/@tensorflow/tfjs/package.json", "node_modules/@tensorflow/tfjs-backend-wasm/package.json"],
            TimeSpan.FromMinutes(10),
            log: null);

    public void Dispose() => Analyzer.Dispose();
}
