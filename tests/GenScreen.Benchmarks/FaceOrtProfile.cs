using GenScreen.Images.Faces;
using GenScreen.ModelImport.FaceApi;

namespace GenScreen.Benchmarks;

/// <summary>
/// Where the face nets spend their time, node by node (a diagnostic, not a benchmark: <c>face-ort-profile [runs]</c>):
/// the budget benchmark's frame (face-api's demo/sample4.jpg fitted into 1024×1024, 4 faces) analyzed with ONNX Runtime's
/// profiler on in every face session; ONNX Runtime writes one JSON trace per session (<c>artifacts/ort-profile/</c>),
/// which tests/GenScreen.Benchmarks/ort-profile-summary.py sums by operator.
/// </summary>
internal static class FaceOrtProfile
{
    public static void Run(TextWriter output, int runs)
    {
        var root = ImageBenchContext.Root;
        var directory = Path.Combine(root, "artifacts", "ort-profile");
        Directory.CreateDirectory(directory);
        var rgb = FaceAnalysisBenchmarks.Sample4Letterboxed(root, 1024);
        var session = 0;
        using var analyzer = new FaceAnalyzer(
            FaceModelCache.EnsureFiles(root, detector: FaceDetectorKind.Tiny),
            new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny },
            configureSession: options =>
            {
                // The prefix first: ONNX Runtime takes it when profiling is switched on (the other order wrote the
                // traces to the working directory under the default name).
                options.ProfileOutputPathPrefix = Path.Combine(directory, $"faces-{session++}");
                options.EnableProfiling = true;
            });
        for (var i = 0; i < runs; i++)
        {
            analyzer.Analyze(rgb, 1024, 1024);
        }

        output.WriteLine($"{runs} analyses profiled; traces in {directory} (detector, landmarks, age: one file per session, written on dispose)");
    }
}
