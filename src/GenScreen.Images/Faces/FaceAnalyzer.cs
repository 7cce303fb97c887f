using System.Buffers;
using GenScreen.Core.Images.Faces;
using GenScreen.Images.Decoding;
using GenScreen.Images.Models;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Images.Faces;

/// <summary>
/// Finds faces in an already decoded frame and estimates each one's apparent age with face-api's models on ONNX
/// Runtime, by face-api's own procedure (<c>detectAllFaces(SSD).withFaceLandmarks().withAgeAndGender()</c>):
/// <list type="number">
/// <item>Detect: the frame is zero-padded at the bottom/right to a square, resized bilinearly to 512×512, run through SSD
/// MobileNetV1; boxes scoring above <see cref="FaceAnalyzerOptions.ScoreThreshold"/> go through NMS (IoU 0.5), at most
/// <see cref="FaceAnalyzerOptions.MaxFaces"/> of them.</item>
/// <item>Size gate: a face whose detection box has a shorter side below <see cref="FaceAnalyzerOptions.MinFaceSize"/> px is
/// recorded as too small to judge and goes no further.</item>
/// <item>Landmarks: the detection box (clipped to the frame, floored) is cropped, zero-padded centred to a square,
/// resized to 112×112 and run through the 68-point net.</item>
/// <item>Align: the landmarks' bounding box, grown by 20 % of its width and height (centred), is the aligned rectangle
/// (axis-aligned: face-api does not rotate).</item>
/// <item>Age: the aligned rectangle (clipped, floored) is cropped, zero-padded centred to a square, resized to 112×112
/// and run through ageGenderNet; its regression output is the apparent age in years.</item>
/// </list>
/// One instance per process (three ONNX Runtime sessions, five with face groups; <c>Run</c> is thread-safe). The judged
/// faces of a frame go through the landmark and age nets one face at a time on <see cref="FaceAnalyzerOptions.FaceNetGroups"/>
/// threads at once (in one batch when it is 1).
/// </summary>
public sealed class FaceAnalyzer : IDisposable
{
    private const int FaceInputLength = FaceModelNames.FaceInputSize * FaceModelNames.FaceInputSize * 3;

    /// <summary>Bands of the detector's input per resizing thread (52 rows each at 416² with two threads).</summary>
    private const int ResizeBandsPerThread = 4;

    private readonly FaceAnalyzerOptions _options;
    private readonly InferenceSession _detector;
    private readonly FaceDetectorKind _detectorKind;
    private readonly InferenceSession _landmarks;
    private readonly InferenceSession _age;

    // Single-threaded sessions of the same two nets for the face groups (FaceNetGroups > 1): each face's chain runs on one
    // thread, so one intra-op thread per run; the same instances as above when IntraOpNumThreads is 1 already.
    private readonly InferenceSession? _landmarksOneThread;
    private readonly InferenceSession? _ageOneThread;
    private readonly RunOptions _runOptions = new();
    private bool _disposed;

    /// <summary>Loads the three models, hash-checking the very bytes each session is built from (<see cref="ModelIntegrityException"/>).</summary>
    /// <param name="configureSession">Changes each session's options after the app's own, once per session (benchmarks compare ONNX Runtime settings with it).</param>
    public FaceAnalyzer(FaceModelFiles models, FaceAnalyzerOptions? options = null, GraphOptimizationLevel optimization = GraphOptimizationLevel.ORT_ENABLE_ALL, Action<SessionOptions>? configureSession = null)
        : this(VerifiedBytes(models), options, optimization, configureSession)
    {
    }

    /// <summary>
    /// Builds the analyzer from model bytes already checked (or, in benchmarks and evaluations, made on purpose: the tiny
    /// detector imported at another input size). The detector's input size is read from the model itself, so the
    /// resize always matches the file that runs.
    /// </summary>
    internal FaceAnalyzer(FaceModelBytes models, FaceAnalyzerOptions? options = null, GraphOptimizationLevel optimization = GraphOptimizationLevel.ORT_ENABLE_ALL, Action<SessionOptions>? configureSession = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        _options = options ?? new FaceAnalyzerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MinFaceSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxFaces, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(_options.IntraOpNumThreads);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.FaceNetGroups, 1);
        if (_options.ScoreThreshold is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.ScoreThreshold, "ScoreThreshold must be in (0, 1).");
        }

        _detectorKind = models.DetectorKind;
        _detector = CreateSession(models.Detector, _options.IntraOpNumThreads, optimization, configureSession);
        _landmarks = CreateSession(models.Landmarks, _options.IntraOpNumThreads, optimization, configureSession);
        _age = CreateSession(models.Age, _options.IntraOpNumThreads, optimization, configureSession);
        if (_options.FaceNetGroups > 1)
        {
            var shared = _options.IntraOpNumThreads == 1;
            _landmarksOneThread = shared ? _landmarks : CreateSession(models.Landmarks, 1, optimization, configureSession);
            _ageOneThread = shared ? _age : CreateSession(models.Age, 1, optimization, configureSession);
        }

        DetectorInputSize = ReadDetectorInputSize(_detector, _detectorKind);
        // Resized on as many threads as there are face groups (8–10 % faster for the whole stage on a quiet machine:
        // docs/performance.md, "Face stage by stage with two face groups"), in several bands per thread so that a pool
        // thread that starts late still takes a share and the caller never waits for it ("Session 17: two cores for
        // the face stage"); benchmarks set 1 to compare one pass.
        DetectorResizeBands = _options.FaceNetGroups == 1 ? 1 : _options.FaceNetGroups * ResizeBandsPerThread;
        ModelVersion = models.ModelVersion;
    }

    /// <summary>One session with its own options (<paramref name="configure"/> runs once per session, e.g. to name its profile).</summary>
    private static InferenceSession CreateSession(byte[] model, int intraOpNumThreads, GraphOptimizationLevel optimization, Action<SessionOptions>? configure)
    {
        using var sessionOptions = CreateSessionOptions(intraOpNumThreads, optimization);
        configure?.Invoke(sessionOptions);
        return new InferenceSession(model, sessionOptions);
    }

    private static FaceModelBytes VerifiedBytes(FaceModelFiles models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return new FaceModelBytes(
            ModelFileVerifier.ReadVerified(FaceModelInfo.DetectorIdentity(models.DetectorKind), models.Detector),
            ModelFileVerifier.ReadVerified(FaceModelInfo.Landmarks, models.Landmarks),
            ModelFileVerifier.ReadVerified(FaceModelInfo.Age, models.Age),
            models.DetectorKind,
            FaceModelInfo.ModelVersion(models.Detector.Sha256, models.Landmarks.Sha256, models.Age.Sha256, models.DetectorKind));
    }

    /// <summary>
    /// The square input side the detector model declares: <c>[N,3,s,s]</c> for Tiny (a multiple of 32), <c>[N,512,512,3]</c>
    /// for SSD.
    /// </summary>
    private static int ReadDetectorInputSize(InferenceSession detector, FaceDetectorKind kind)
    {
        var name = kind == FaceDetectorKind.Tiny ? FaceModelNames.TinyInput : FaceModelNames.SsdInput;
        var dims = detector.InputMetadata.TryGetValue(name, out var meta) ? meta.Dimensions : [];
        var valid = dims.Length == 4 && (kind == FaceDetectorKind.Tiny
            ? dims[1] == 3 && dims[2] == dims[3] && dims[2] >= 64 && dims[2] % 32 == 0
            : dims[1] == FaceModelNames.SsdInputSize && dims[2] == FaceModelNames.SsdInputSize && dims[3] == 3);
        if (!valid)
        {
            throw new InvalidDataException($"The {kind} face detector's input '{name}' is [{string.Join(",", dims)}], not a square RGB image of a supported size and layout.");
        }

        return dims[2];
    }

    /// <summary>The options every face session is built with (benchmarks of single stages build theirs with it too).</summary>
    internal static SessionOptions CreateSessionOptions(FaceAnalyzerOptions options, GraphOptimizationLevel optimization = GraphOptimizationLevel.ORT_ENABLE_ALL)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CreateSessionOptions(options.IntraOpNumThreads, optimization);
    }

    /// <summary>
    /// The same options with an explicit intra-op thread count (the face groups' sessions use 1). 0 is one thread per
    /// processor the process may use, set explicitly: left at 0, ONNX Runtime pins its workers to cores, and on the shared
    /// 2-core machine the detector's pinned worker did little of the work (the caller ran it nearly alone) while an
    /// unpinned one took its share (docs/performance.md, "Session 17: two cores for the face stage").
    /// </summary>
    internal static SessionOptions CreateSessionOptions(int intraOpNumThreads, GraphOptimizationLevel optimization = GraphOptimizationLevel.ORT_ENABLE_ALL)
    {
        var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = optimization,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = intraOpNumThreads == 0 ? Environment.ProcessorCount : intraOpNumThreads,
            InterOpNumThreads = 1,
        };
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return sessionOptions;
    }

    /// <summary>
    /// How many bands of rows the tiny detector's input is resized in at once, on the calling thread and pool threads:
    /// <see cref="ResizeBandsPerThread"/> per face-group thread (1 with one batch), claimed by the
    /// <see cref="FaceAnalyzerOptions.FaceNetGroups"/> threads; benchmarks and tests set others to compare.
    /// </summary>
    internal int DetectorResizeBands { get; init; }

    /// <summary>
    /// Diagnostics only (benchmarks): called with a stage's name and <c>true</c> when it starts, <c>false</c> when it ends,
    /// on the thread that runs it, so a timeline can set each thread's wall time against its CPU time. Null in the app.
    /// </summary>
    internal Action<string, bool>? StageMarks { get; init; }

    private void Mark(string stage, bool start) => StageMarks?.Invoke(stage, start);

    /// <summary>Side of the square the frame is resized to for the detector (read from the detector model).</summary>
    internal int DetectorInputSize { get; }

    /// <summary>E.g. <c>face-api@1.7.15+ssd:…+lm68:…+age:…</c> (<c>tiny:</c> with the tiny detector).</summary>
    public string ModelVersion { get; }

    public FaceAnalyzerOptions Options => _options;

    /// <summary>Analyzes a decoded frame (the pipeline's frame: RGB24, oriented, over white).</summary>
    public FaceAnalysis Analyze(DecodedFrame frame, bool includeAlignedFaces = false)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return Analyze(frame.Rgb, frame.Width, frame.Height, includeAlignedFaces);
    }

    /// <summary>
    /// Analyzes RGB24 pixels (<c>width·height·3</c> bytes). With <paramref name="includeAlignedFaces"/>, every face
    /// large enough to judge also carries its <see cref="AlignedFace"/> (150×150, the recognition net's input).
    /// The pixels come as memory, not a span: the face groups read them on other threads.
    /// </summary>
    public FaceAnalysis Analyze(ReadOnlyMemory<byte> rgb24, int width, int height, bool includeAlignedFaces = false)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (rgb24.Length != checked(width * height * 3))
        {
            throw new ArgumentException($"Expected {width * height * 3} bytes of RGB24 for {width}x{height}, got {rgb24.Length}.", nameof(rgb24));
        }

        var pixels = rgb24.Span;
        var detections = Detect(rgb24, width, height);
        var judged = new List<(FaceRect Detection, FaceBox Crop, double Score)>();
        var faces = new AnalyzedFace?[detections.Count];
        for (var i = 0; i < detections.Count; i++)
        {
            var (box, score) = detections[i];
            var crop = FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(box, width, height), width, height);
            if (Math.Min(box.Width, box.Height) < _options.MinFaceSize || crop.Width <= 0 || crop.Height <= 0)
            {
                faces[i] = new AnalyzedFace(new FaceSignal(crop, score, null, TooSmallToJudge: true), box, null, [], null);
            }
            else
            {
                judged.Add((box, crop, score));
            }
        }

        if (judged.Count > 0)
        {
            var chains = new FaceChain[judged.Count];
            var groups = Math.Min(_options.FaceNetGroups, judged.Count);
            if (groups > 1)
            {
                RunGroups(rgb24, width, height, judged, groups, chains);
            }
            else
            {
                RunChains(pixels, width, height, judged, 0, judged.Count, _landmarks, _age, chains);
            }

            var next = 0;
            for (var i = 0; i < faces.Length; i++)
            {
                if (faces[i] is not null)
                {
                    continue;
                }

                var (box, crop, score) = judged[next];
                var chain = chains[next];
                var alignedFace = includeAlignedFaces ? Align(pixels, width, chain.AgeCrop) : null;
                faces[i] = new AnalyzedFace(new FaceSignal(crop, score, chain.Age, TooSmallToJudge: false), box, chain.Aligned, chain.Landmarks, alignedFace);
                next++;
            }
        }

        return new FaceAnalysis([.. faces.Select(f => f!)], ModelVersion);
    }

    /// <summary>What the per-face nets give one judged face: landmarks, the aligned rectangle, its crop, the apparent age.</summary>
    private readonly record struct FaceChain(FacePoint[] Landmarks, FaceRect Aligned, FaceBox AgeCrop, double? Age);

    /// <summary>
    /// Landmarks → aligned rectangle → age for <paramref name="count"/> judged faces from <paramref name="start"/>, each
    /// net once on the batch of those faces; results go to the same indices of <paramref name="chains"/>.
    /// </summary>
    private void RunChains(ReadOnlySpan<byte> rgb24, int width, int height, List<(FaceRect Detection, FaceBox Crop, double Score)> judged, int start, int count, InferenceSession landmarkSession, InferenceSession ageSession, FaceChain[] chains)
    {
        var group = judged.GetRange(start, count);
        Mark("landmarks", true);
        var landmarks = Landmarks(landmarkSession, rgb24, width, group.Select(j => (j.Crop, j.Detection)).ToList());
        Mark("landmarks", false);
        var aligned = landmarks.Select(points => FaceApiGeometry.AlignedRect(points, width, height)).ToList();
        var ageCrops = aligned.Select(rect => FaceApiGeometry.ClipAtImageBorders(FaceApiGeometry.ForSize(rect, width, height), width, height)).ToList();
        Mark("ages", true);
        var ages = Ages(ageSession, rgb24, width, ageCrops);
        Mark("ages", false);
        for (var i = 0; i < count; i++)
        {
            chains[start + i] = new FaceChain(landmarks[i], aligned[i], ageCrops[i], ages[i]);
        }
    }

    /// <summary>
    /// Each judged face's chain (landmark net, then ageGenderNet) on single-threaded sessions, on the calling thread and
    /// up to <paramref name="groups"/> − 1 pool threads, one face at a time to whichever thread is free: the face nets'
    /// small batches gain little from ONNX Runtime's intra-op threads, independent runs use both cores (docs/performance.md,
    /// "Face groups on both cores"), a batch costs the same per face as one face ("Session 16: the face stage toward
    /// 15 ms"), and faces claimed one by one keep both threads busy to the end even when a pool thread starts late or is
    /// preempted ("Session 17: two cores for the face stage"). A face's result does not depend on its batch: the nets
    /// treat each batch item alone.
    /// </summary>
    private void RunGroups(ReadOnlyMemory<byte> rgb24, int width, int height, List<(FaceRect Detection, FaceBox Crop, double Score)> judged, int groups, FaceChain[] chains)
    {
        var landmarkSession = _landmarksOneThread!;
        var ageSession = _ageOneThread!;
        ClaimedItems.Run(judged.Count, groups, face => RunChains(rgb24.Span, width, height, judged, face, 1, landmarkSession, ageSession, chains));
    }

    /// <summary>The 150×150 aligned crop face-api feeds its recognition net, for a region from <see cref="AlignedFace.Region"/>.</summary>
    private static AlignedFace? Align(ReadOnlySpan<byte> rgb24, int width, FaceBox region)
    {
        if (region.Width <= 0 || region.Height <= 0)
        {
            return null;
        }

        var pixels = new float[AlignedFace.RecognitionSize * AlignedFace.RecognitionSize * 3];
        FaceImageResampler.Resample(rgb24, width, region.X, region.Y, region.Width, region.Height, FaceImageResampler.Padding.Centred, AlignedFace.RecognitionSize, pixels);
        return new AlignedFace(region, AlignedFace.RecognitionSize, pixels);
    }

    private List<(FaceRect Box, double Score)> Detect(ReadOnlyMemory<byte> rgb24, int width, int height) =>
        _detectorKind == FaceDetectorKind.Tiny ? DetectTiny(rgb24, width, height) : DetectSsd(rgb24, width, height);

    /// <summary>face-api's <c>TinyFaceDetector.locateFaces</c> at the model's input size: the same padding and resize as SSD's, then <see cref="TinyFaceDecoder"/>.</summary>
    private List<(FaceRect Box, double Score)> DetectTiny(ReadOnlyMemory<byte> rgb24, int width, int height) =>
        RunDetector(rgb24, width, height, DetectorInputSize, planar: true, FaceModelNames.TinyInput, [FaceModelNames.TinyOutput], outputs =>
            TinyFaceDecoder.Decode(outputs[0].GetTensorDataAsSpan<float>(), DetectorInputSize / 32, DetectorInputSize, width, height, _options.ScoreThreshold, _options.MaxFaces));

    private List<(FaceRect Box, double Score)> DetectSsd(ReadOnlyMemory<byte> rgb24, int width, int height) =>
        RunDetector(rgb24, width, height, FaceModelNames.SsdInputSize, planar: false, FaceModelNames.SsdInput, [FaceModelNames.SsdBoxes, FaceModelNames.SsdScores], outputs =>
        {
            var boxes = outputs[0].GetTensorDataAsSpan<float>();
            var scores = outputs[1].GetTensorDataAsSpan<float>();
            var selected = FaceApiGeometry.NonMaxSuppression(boxes, scores, _options.MaxFaces, _options.ScoreThreshold);
            var result = new List<(FaceRect, double)>(selected.Count);
            foreach (var index in selected)
            {
                result.Add((FaceApiGeometry.DetectionBox(boxes.Slice(index * 4, 4), width, height, FaceModelNames.SsdInputSize), scores[index]));
            }

            return result;
        });

    /// <summary>
    /// Runs the detector on the frame zero-padded bottom/right to a square and resized to <paramref name="size"/>² (face-api's
    /// <c>toBatchTensor(size, false)</c>, the same for both detectors); <paramref name="decode"/> reads the outputs. The tiny
    /// detector takes planar, normalized input (<see cref="FaceImageResampler.ResamplePlanar"/>), SSD interleaved 0..255.
    /// </summary>
    private T RunDetector<T>(ReadOnlyMemory<byte> rgb24, int width, int height, int size, bool planar, string inputName, string[] outputNames, Func<IDisposableReadOnlyCollection<OrtValue>, T> decode)
    {
        var length = size * size * 3;
        var input = ArrayPool<float>.Shared.Rent(length);
        try
        {
            long[] shape;
            if (planar)
            {
                ResizeForDetector(rgb24, width, height, size, input);
                shape = [1, 3, size, size];
            }
            else
            {
                FaceImageResampler.Resample(rgb24.Span, width, 0, 0, width, height, FaceImageResampler.Padding.BottomRight, size, input);
                shape = [1, size, size, 3];
            }

            using var value = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, input.AsMemory(0, length), shape);
            Mark("detector", true);
            using var outputs = _detector.Run(_runOptions, [inputName], [value], outputNames);
            Mark("detector", false);
            return decode(outputs);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(input);
        }
    }

    /// <summary>
    /// The tiny detector's planar input, in <see cref="DetectorResizeBands"/> bands of rows claimed by the calling thread and
    /// <see cref="FaceAnalyzerOptions.FaceNetGroups"/> − 1 pool threads: at 1024² → 416² the resize is ~15 % of the stage on one thread with the other core idle
    /// (docs/performance.md, "Face stage by stage with two face groups"). Each output row depends only on the frame, so
    /// the bands give bit for bit one pass's values.
    /// </summary>
    private void ResizeForDetector(ReadOnlyMemory<byte> rgb24, int width, int height, int size, float[] input)
    {
        var bands = Math.Min(DetectorResizeBands, size);
        if (bands == 1)
        {
            Mark("resize", true);
            FaceImageResampler.ResamplePlanar(rgb24.Span, width, 0, 0, width, height, FaceImageResampler.Padding.BottomRight, size, FaceModelNames.TinyMeanRgb, input);
            Mark("resize", false);
            return;
        }

        ClaimedItems.Run(bands, Math.Max(_options.FaceNetGroups, 1), band =>
        {
            Mark("resize", true);
            FaceImageResampler.ResamplePlanarRows(rgb24.Span, width, 0, 0, width, height, FaceImageResampler.Padding.BottomRight, size, FaceModelNames.TinyMeanRgb, input, band * size / bands, (band + 1) * size / bands);
            Mark("resize", false);
        });
    }

    private List<FacePoint[]> Landmarks(InferenceSession session, ReadOnlySpan<byte> rgb24, int width, List<(FaceBox Crop, FaceRect Detection)> faces)
    {
        var output = RunFaceNet(session, FaceModelNames.LandmarkInput, FaceModelNames.LandmarkOutput, 136, rgb24, width, faces.Select(f => f.Crop).ToList());
        return [.. faces.Select((f, i) => FaceApiGeometry.Landmarks(output.AsSpan(i * 136, 136), f.Crop, f.Detection, FaceModelNames.FaceInputSize))];
    }

    private double?[] Ages(InferenceSession session, ReadOnlySpan<byte> rgb24, int width, List<FaceBox> crops)
    {
        var valid = crops.Where(c => c.Width > 0 && c.Height > 0).ToList();
        var output = RunFaceNet(session, FaceModelNames.AgeGenderInput, FaceModelNames.AgeOutput, 1, rgb24, width, valid);
        var ages = new double?[crops.Count];
        for (int i = 0, v = 0; i < crops.Count; i++)
        {
            ages[i] = crops[i].Width > 0 && crops[i].Height > 0 ? output[v++] : null;
        }

        return ages;
    }

    /// <summary>Runs a 112×112 face net on every crop in one batch (planar, normalized input); returns the named output, <paramref name="outputWidth"/> floats per face.</summary>
    private float[] RunFaceNet(InferenceSession session, string inputName, string outputName, int outputWidth, ReadOnlySpan<byte> rgb24, int width, List<FaceBox> crops)
    {
        if (crops.Count == 0)
        {
            return [];
        }

        var length = crops.Count * FaceInputLength;
        var input = ArrayPool<float>.Shared.Rent(length);
        try
        {
            for (var i = 0; i < crops.Count; i++)
            {
                var c = crops[i];
                FaceImageResampler.ResamplePlanar(rgb24, width, c.X, c.Y, c.Width, c.Height, FaceImageResampler.Padding.Centred, FaceModelNames.FaceInputSize, FaceModelNames.FaceMeanRgb, input.AsSpan(i * FaceInputLength, FaceInputLength));
            }

            using var value = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, input.AsMemory(0, length), [crops.Count, 3, FaceModelNames.FaceInputSize, FaceModelNames.FaceInputSize]);
            using var outputs = session.Run(_runOptions, [inputName], [value], [outputName]);
            var data = outputs[0].GetTensorDataAsSpan<float>();
            return data[..(crops.Count * outputWidth)].ToArray();
        }
        finally
        {
            ArrayPool<float>.Shared.Return(input);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _detector.Dispose();
        if (_landmarksOneThread is not null && !ReferenceEquals(_landmarksOneThread, _landmarks))
        {
            _landmarksOneThread.Dispose();
            _ageOneThread!.Dispose();
        }

        _landmarks.Dispose();
        _age.Dispose();
        _runOptions.Dispose();
    }
}
