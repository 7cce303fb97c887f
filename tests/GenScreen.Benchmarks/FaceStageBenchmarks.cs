using BenchmarkDotNet.Attributes;
using GenScreen.Core.Images.Faces;
using GenScreen.Images.Faces;
using GenScreen.Images.Models;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport.FaceApi;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Benchmarks;

/// <summary>
/// <see cref="FaceBudgetBenchmarks"/>' "detect + align + age" broken into its stages, beside the NSFW anchor and the whole
/// <see cref="FaceAnalyzer.Analyze(ReadOnlyMemory{byte}, int, int, bool)"/> in the same process: the 1024² frame resized
/// into the detector's input, the detector's inference, the decode of its grid into boxes, the 4 landmark crops, the
/// landmark net on the batch, the geometry from landmarks to age crops, the 4 age crops and ageGenderNet on the batch.
/// Each stage runs on inputs prepared in the set-up from the very analysis it measures, with sessions built with the
/// analyzer's own options (<see cref="FaceAnalyzer.CreateSessionOptions(FaceAnalyzerOptions, GraphOptimizationLevel)"/>), so the stages add up to the
/// whole in one batch (<c>FaceNetGroups = 1</c>); the app's default (two face groups at once, stages 4–8 on both cores)
/// is the "Whole, two face groups" row.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class FaceStageBenchmarks
{
    private const int Size = 1024;
    private const int FaceInputLength = FaceModelNames.FaceInputSize * FaceModelNames.FaceInputSize * 3;
    private readonly RunOptions _runOptions = new();
    private FaceAnalyzer _analyzer = null!;
    private FaceAnalyzer _groups = null!;
    private NsfwClassifier _anchor = null!;
    private InferenceSession _detector = null!;
    private InferenceSession _landmarks = null!;
    private InferenceSession _age = null!;
    private byte[] _rgb = null!;
    private float[] _detectorInput = null!;
    private float[] _grid = null!;
    private float[] _landmarkInput = null!;
    private float[] _landmarkOutput = null!;
    private float[] _ageInput = null!;
    private FaceBox[] _landmarkCrops = null!;
    private FaceRect[] _detections = null!;
    private FaceBox[] _ageCrops = null!;
    private int _inputSize;

    [GlobalSetup]
    public void Setup()
    {
        _rgb = FaceAnalysisBenchmarks.Sample4Letterboxed(ImageBenchContext.Root, Size);
        var options = new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny, FaceNetGroups = 1 };
        var files = FaceModelCache.EnsureFiles(ImageBenchContext.Root, detector: FaceDetectorKind.Tiny);
        _analyzer = new FaceAnalyzer(files, options);
        _groups = new FaceAnalyzer(files, new FaceAnalyzerOptions { Detector = FaceDetectorKind.Tiny });
        _groups.Analyze(_rgb, Size, Size);
        var faces = _analyzer.Analyze(_rgb, Size, Size).Faces;
        if (faces.Count != 4 || faces.Any(f => f.Signal.TooSmallToJudge))
        {
            throw new InvalidOperationException($"The benchmark image should show 4 faces large enough to judge; found {faces.Count}.");
        }

        using var sessionOptions = FaceAnalyzer.CreateSessionOptions(options);
        _detector = new InferenceSession(ModelFileVerifier.ReadVerified(FaceModelInfo.TinyDetector, files.Detector), sessionOptions);
        _landmarks = new InferenceSession(ModelFileVerifier.ReadVerified(FaceModelInfo.Landmarks, files.Landmarks), sessionOptions);
        _age = new InferenceSession(ModelFileVerifier.ReadVerified(FaceModelInfo.Age, files.Age), sessionOptions);

        _inputSize = _analyzer.DetectorInputSize;
        _detectorInput = new float[_inputSize * _inputSize * 3];
        DetectorResize();
        _grid = DetectorNet();
        _detections = [.. faces.Select(f => f.Detection)];
        _landmarkCrops = [.. _detections.Select(d => FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(d, Size, Size), Size, Size))];
        _ageCrops = [.. faces.Select(f => FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(f.AlignedRect!.Value, Size, Size), Size, Size))];
        _landmarkInput = new float[4 * FaceInputLength];
        _ageInput = new float[4 * FaceInputLength];
        LandmarkCrops();
        AgeCrops();
        _landmarkOutput = LandmarkNet();
        if (DetectorDecode() != 4 || Geometry() != 4)
        {
            throw new InvalidOperationException("The stages do not reproduce the analysis's 4 faces.");
        }

        _anchor = new NsfwClassifier(ImageBenchContext.Model());
        _anchor.Classify(_rgb, Size, Size);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _analyzer.Dispose();
        _groups.Dispose();
        _anchor.Dispose();
        _detector.Dispose();
        _landmarks.Dispose();
        _age.Dispose();
        _runOptions.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Anchor: NSFW classify 1024x1024 (resize + ONNX)")]
    public float NsfwAnchor() => _anchor.Classify(_rgb, Size, Size).Neutral;

    [Benchmark(Description = "Whole: detect + align + age, 4 faces, one batch")]
    public int Whole() => _analyzer.Analyze(_rgb, Size, Size).Faces.Count;

    [Benchmark(Description = "Whole, two face groups at once (the app's default)")]
    public int WholeTwoGroups() => _groups.Analyze(_rgb, Size, Size).Faces.Count;

    [Benchmark(Description = "1 resize 1024² → detector input")]
    public float DetectorResize()
    {
        FaceImageResampler.ResamplePlanar(_rgb, Size, 0, 0, Size, Size, FaceImageResampler.Padding.BottomRight, _inputSize, FaceModelNames.TinyMeanRgb, _detectorInput);
        return _detectorInput[^1];
    }

    [Benchmark(Description = "1 before: resize with session 6's resampler (interleaved, not normalized)")]
    public float DetectorResizeBefore()
    {
        FaceResamplerBefore.Resample(_rgb, Size, 0, 0, Size, Size, FaceImageResampler.Padding.BottomRight, _inputSize, _detectorInput);
        return _detectorInput[^1];
    }

    [Benchmark(Description = "1 before: two-pass planar resize (main: interleaved square, then split)")]
    public float DetectorResizeTwoPass()
    {
        FaceResamplerBefore.ResamplePlanarTwoPass(_rgb, Size, 0, 0, Size, Size, FaceImageResampler.Padding.BottomRight, _inputSize, FaceModelNames.TinyMeanRgb, _detectorInput);
        return _detectorInput[^1];
    }

    [Benchmark(Description = "2 detector net")]
    public float[] DetectorNet() => Run(_detector, FaceModelNames.TinyInput, FaceModelNames.TinyOutput, _detectorInput, 1, _inputSize);

    [Benchmark(Description = "3 decode grid → boxes (sigmoid, NMS)")]
    public int DetectorDecode() => TinyFaceDecoder.Decode(_grid, _inputSize / 32, _inputSize, Size, Size, 0.5, 16).Count;

    [Benchmark(Description = "4 landmark crops (4 × 112²)")]
    public float LandmarkCrops() => Crops(_landmarkCrops, _landmarkInput);

    [Benchmark(Description = "5 landmark net (batch of 4)")]
    public float[] LandmarkNet() => Run(_landmarks, FaceModelNames.LandmarkInput, FaceModelNames.LandmarkOutput, _landmarkInput, 4, FaceModelNames.FaceInputSize);

    [Benchmark(Description = "6 landmarks → aligned rects → age crops")]
    public int Geometry()
    {
        var count = 0;
        for (var i = 0; i < 4; i++)
        {
            var points = FaceApiGeometry.Landmarks(_landmarkOutput.AsSpan(i * 136, 136), _landmarkCrops[i], _detections[i], FaceModelNames.FaceInputSize);
            var crop = FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(FaceApiGeometry.AlignedRect(points, Size, Size), Size, Size), Size, Size);
            count += crop.Width > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "7 age crops (4 × 112²)")]
    public float AgeCrops() => Crops(_ageCrops, _ageInput);

    [Benchmark(Description = "4+7 before: the 8 crops with main's resampler")]
    public float CropsBefore()
    {
        foreach (var (crops, destination) in new[] { (_landmarkCrops, _landmarkInput), (_ageCrops, _ageInput) })
        {
            for (var i = 0; i < crops.Length; i++)
            {
                var c = crops[i];
                FaceResamplerBefore.Resample(_rgb, Size, c.X, c.Y, c.Width, c.Height, FaceImageResampler.Padding.Centred, FaceModelNames.FaceInputSize, destination.AsSpan(i * FaceInputLength, FaceInputLength));
            }
        }

        return _ageInput[^1];
    }

    [Benchmark(Description = "8 age net (batch of 4)")]
    public float[] AgeNet() => Run(_age, FaceModelNames.AgeGenderInput, FaceModelNames.AgeOutput, _ageInput, 4, FaceModelNames.FaceInputSize);

    private float Crops(FaceBox[] crops, float[] destination)
    {
        for (var i = 0; i < crops.Length; i++)
        {
            var c = crops[i];
            FaceImageResampler.ResamplePlanar(_rgb, Size, c.X, c.Y, c.Width, c.Height, FaceImageResampler.Padding.Centred, FaceModelNames.FaceInputSize, FaceModelNames.FaceMeanRgb, destination.AsSpan(i * FaceInputLength, FaceInputLength));
        }

        return destination[^1];
    }

    private float[] Run(InferenceSession session, string inputName, string outputName, float[] input, int batch, int side)
    {
        using var value = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, input.AsMemory(0, batch * side * side * 3), [batch, 3, side, side]);
        using var outputs = session.Run(_runOptions, [inputName], [value], [outputName]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }
}
