using GenScreen.Images.Faces;
using GenScreen.Images.Models;
using GenScreen.ModelImport.FaceApi;

namespace GenScreen.Benchmarks;

/// <summary>
/// The face pipeline with face-api's TinyFaceDetector imported at other input sizes (face-api's <c>inputSize</c> option:
/// the same weights, a fully convolutional net), with the shipped, hash-checked landmark and age nets. Used by
/// <see cref="FaceDetectorSizeBenchmarks"/> (speed) and <see cref="FaceDetectorSizeEvaluation"/> (faces found, ages).
/// </summary>
internal static class FaceDetectorSizes
{
    /// <summary>The sizes compared: face-api's default 416 and the smaller multiples of 32 its docs suggest for speed.</summary>
    public static readonly int[] Candidates = [416, 384, 352, 320, 288];

    public static FaceAnalyzer Create(int inputSize, FaceAnalyzerOptions? options = null)
    {
        var root = ImageBenchContext.Root;
        var files = FaceModelCache.EnsureFiles(root, detector: FaceDetectorKind.Tiny);
        var detector = FaceApiModelImporter.Import(Path.Combine(root, "node_modules", "@vladmandic", "face-api"), FaceApiModel.TinyFaceDetector, inputSize);
        var bytes = new FaceModelBytes(
            detector,
            ModelFileVerifier.ReadVerified(FaceModelInfo.Landmarks, files.Landmarks),
            ModelFileVerifier.ReadVerified(FaceModelInfo.Age, files.Age),
            FaceDetectorKind.Tiny,
            $"tiny@{inputSize}");
        return new FaceAnalyzer(bytes, options ?? new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny });
    }
}
