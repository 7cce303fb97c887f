using GenScreen.Images.Faces;
using GenScreen.Images.Models;
using GenScreen.ModelImport.FaceApi;

namespace GenScreen.Benchmarks;

/// <summary>
/// int8 (QDQ) variants of the three default face nets (tiny detector, 68-point landmarks, ageGenderNet), made in memory by
/// <see cref="FaceApiModelImporter.ImportInt8"/> and never shipped: what <see cref="FaceInt8Evaluation"/> (parity) and
/// <see cref="FaceNetVariantBenchmarks"/> (speed) compare with the float32 files. Calibration uses face-api's demo photos
/// 1–3 (native and fitted into 1024×1024, as the budget frame is), preprocessed exactly as at run time: the whole frame
/// for the detector, the float32 analyzer's landmark crops for the landmark net and its age crops for ageGenderNet.
/// Evaluation uses the other photos (demo 4–6, skimage's astronaut), so calibration and evaluation do not overlap.
/// </summary>
internal static class FaceInt8Models
{
    public static readonly string[] CalibrationPhotos = ["sample1.jpg", "sample2.jpg", "sample3.jpg"];

    public static readonly string[] EvaluationPhotos = ["sample4.jpg", "sample5.jpg", "sample6.jpg"];

    public static string CalibrationSet => $"npm:{FaceApiModelImporter.PackageName} demo/{string.Join(", demo/", CalibrationPhotos)} (native and fitted into 1024x1024)";

    private static string Package(string root) => Path.Combine(root, "node_modules", "@vladmandic", "face-api");

    /// <summary>The float32 files as shipped (hash-checked).</summary>
    public static FaceModelBytes Float32(string root)
    {
        var files = FaceModelCache.EnsureFiles(root, detector: FaceDetectorKind.Tiny);
        return new FaceModelBytes(
            ModelFileVerifier.ReadVerified(FaceModelInfo.TinyDetector, files.Detector),
            ModelFileVerifier.ReadVerified(FaceModelInfo.Landmarks, files.Landmarks),
            ModelFileVerifier.ReadVerified(FaceModelInfo.Age, files.Age),
            FaceDetectorKind.Tiny,
            "float32");
    }

    /// <summary>The three nets in int8, calibrated as the class says (a few seconds per net).</summary>
    public static FaceModelBytes Int8(string root, FaceModelBytes float32, int weightLevels = 127)
    {
        var detectorInputs = new List<float[]>();
        var landmarkInputs = new List<float[]>();
        var ageInputs = new List<float[]>();
        using var analyzer = new FaceAnalyzer(float32, new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny });
        foreach (var (rgb, width, height) in Frames(root, CalibrationPhotos))
        {
            var detector = new float[3 * FaceModelNames.TinyInputSize * FaceModelNames.TinyInputSize];
            FaceImageResampler.ResamplePlanar(rgb, width, 0, 0, width, height, FaceImageResampler.Padding.BottomRight, FaceModelNames.TinyInputSize, FaceModelNames.TinyMeanRgb, detector);
            detectorInputs.Add(detector);
            foreach (var face in analyzer.Analyze(rgb, width, height).Faces.Where(f => f.AlignedRect is not null))
            {
                landmarkInputs.Add(FaceInput(rgb, width, height, face.Detection));
                ageInputs.Add(FaceInput(rgb, width, height, face.AlignedRect!.Value));
            }
        }

        var package = Package(root);
        return new FaceModelBytes(
            FaceApiModelImporter.ImportInt8(package, FaceApiModel.TinyFaceDetector, detectorInputs, CalibrationSet, weightLevels),
            FaceApiModelImporter.ImportInt8(package, FaceApiModel.FaceLandmark68, landmarkInputs, CalibrationSet, weightLevels),
            FaceApiModelImporter.ImportInt8(package, FaceApiModel.AgeGender, ageInputs, CalibrationSet, weightLevels),
            FaceDetectorKind.Tiny,
            "int8");
    }

    /// <summary>The demo photos named (and, for the evaluation, skimage's astronaut when the Images tests cached it), each native and fitted into 1024×1024.</summary>
    public static List<(byte[] Rgb, int Width, int Height)> Frames(string root, IEnumerable<string> demoPhotos, bool withAstronaut = false)
    {
        var paths = demoPhotos.Select(p => Path.Combine(Package(root), "demo", p)).ToList();
        var astronaut = Path.Combine(root, "artifacts", "test-data", "skimage", "astronaut.png");
        if (withAstronaut && File.Exists(astronaut))
        {
            paths.Add(astronaut);
        }

        var frames = new List<(byte[], int, int)>();
        foreach (var path in paths)
        {
            var frame = ImageBenchContext.DecodeOrThrow(File.ReadAllBytes(path), path);
            frames.Add((frame.Rgb.ToArray(), frame.Width, frame.Height));
            frames.Add((FaceAnalysisBenchmarks.Letterbox(frame.Rgb.ToArray(), frame.Width, frame.Height, 1024), 1024, 1024));
        }

        return frames;
    }

    /// <summary>A face net's input for a rectangle as the analyzer crops it (clipped, floored, padded centred, 112²).</summary>
    private static float[] FaceInput(byte[] rgb, int width, int height, FaceRect rect)
    {
        var crop = FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(rect, width, height), width, height);
        var input = new float[3 * FaceModelNames.FaceInputSize * FaceModelNames.FaceInputSize];
        FaceImageResampler.ResamplePlanar(rgb, width, crop.X, crop.Y, crop.Width, crop.Height, FaceImageResampler.Padding.Centred, FaceModelNames.FaceInputSize, FaceModelNames.FaceMeanRgb, input);
        return input;
    }
}
