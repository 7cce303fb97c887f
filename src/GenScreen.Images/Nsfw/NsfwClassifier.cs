using System.Buffers;
using System.Security.Cryptography;
using GenScreen.Images.Models;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Images.Nsfw;

/// <summary>
/// The NSFW image classifier: nsfwjs's MobileNetV2 on ONNX Runtime (CPU). Meant to be one singleton per process:
/// it holds one <see cref="InferenceSession"/> (loading and optimizing the graph takes far longer than one inference),
/// and <see cref="InferenceSession.Run(RunOptions, IReadOnlyCollection{string}, IReadOnlyCollection{OrtValue}, IReadOnlyCollection{string})"/>
/// is thread-safe, so concurrent callers share it. Input tensors are rented from <see cref="ArrayPool{T}.Shared"/>.
/// Callers pass decoded, orientation-corrected RGB24 pixels; the nsfwjs preprocessing is done here.
/// </summary>
public sealed class NsfwClassifier : IDisposable
{
    private static readonly string[] InputNames = [NsfwModelInfo.InputName];
    private static readonly string[] OutputNames = [NsfwModelInfo.OutputName];
    private const int ClassCount = 5;

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly int _maxBatchSize;
    private readonly int _inputSize;
    private readonly int _tensorLength;
    private readonly long[] _singleShape;
    private bool _disposed;

    /// <summary>
    /// Reads the model file once, checks its SHA-256 against <see cref="NsfwClassifierOptions.ExpectedSha256"/> and
    /// builds the session from those same bytes, so the bytes verified are the bytes loaded (a file swapped after
    /// the store checked it is caught here). Throws <see cref="NsfwModelIntegrityException"/> on a mismatch.
    /// </summary>
    public NsfwClassifier(NsfwModelFile model, NsfwClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new NsfwClassifierOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.IntraOpNumThreads);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1);
        _maxBatchSize = options.MaxBatchSize;

        var bytes = ModelFileContent.ReadAllBytes(model.Path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        NsfwModelIntegrityException.ThrowIfMismatch(model.Path, sha, options.ExpectedSha256 ?? model.Kind.Sha256);
        Kind = model.Kind;
        ModelVersion = Kind.ModelVersion(sha);
        _inputSize = Kind.InputSize;
        _tensorLength = Kind.TensorLength;
        _singleShape = [1, _inputSize, _inputSize, NsfwPreprocessing.Channels];

        using var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = options.IntraOpNumThreads,
            InterOpNumThreads = 1,
        };
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", options.AllowSpinning ? "1" : "0");
        _session = new InferenceSession(bytes, sessionOptions);
    }

    /// <summary>Which nsfwjs model the session runs (its input size and recorded hash).</summary>
    public NsfwModelSpec Kind { get; }

    /// <summary>E.g. <c>nsfwjs-mobilenet_v2@4.4.0+sha256:7de6747aee09</c>; also on every <see cref="NsfwScores"/>.</summary>
    public string ModelVersion { get; }

    /// <summary>Finds the model through <paramref name="store"/> and opens a session on it.</summary>
    public static NsfwClassifier Create(NsfwModelStore store, NsfwClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new NsfwClassifier(store.GetModel(), options);
    }

    /// <summary>Classifies one RGB24 image (<c>width * height * 3</c> bytes).</summary>
    public NsfwScores Classify(ReadOnlySpan<byte> rgb24, int width, int height)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var buffer = ArrayPool<float>.Shared.Rent(_tensorLength);
        try
        {
            NsfwPreprocessing.ToInputTensor(rgb24, width, height, buffer, _inputSize);
            var scores = new NsfwScores[1];
            Run(buffer.AsMemory(0, _tensorLength), _singleShape, scores);
            return scores[0];
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    /// <summary>Classifies several images, up to <see cref="NsfwClassifierOptions.MaxBatchSize"/> per inference call; results keep the input order.</summary>
    public IReadOnlyList<NsfwScores> Classify(IReadOnlyList<NsfwImage> images)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(images);
        var results = new NsfwScores[images.Count];
        var buffer = ArrayPool<float>.Shared.Rent(Math.Min(images.Count, _maxBatchSize) * _tensorLength);
        try
        {
            for (var start = 0; start < images.Count; start += _maxBatchSize)
            {
                var count = Math.Min(_maxBatchSize, images.Count - start);
                for (var i = 0; i < count; i++)
                {
                    var image = images[start + i];
                    NsfwPreprocessing.ToInputTensor(image.Rgb24.Span, image.Width, image.Height, buffer.AsSpan(i * _tensorLength, _tensorLength), _inputSize);
                }

                long[] shape = [count, _inputSize, _inputSize, NsfwPreprocessing.Channels];
                Run(buffer.AsMemory(0, count * _tensorLength), shape, results.AsSpan(start, count));
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }

        return results;
    }

    private void Run(Memory<float> input, long[] shape, Span<NsfwScores> results)
    {
        using var inputValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, input, shape);
        using var outputs = _session.Run(_runOptions, InputNames, [inputValue], OutputNames);
        var probabilities = outputs[0].GetTensorDataAsSpan<float>();
        for (var i = 0; i < results.Length; i++)
        {
            var p = probabilities.Slice(i * ClassCount, ClassCount);
            results[i] = new NsfwScores(p[0], p[1], p[2], p[3], p[4], ModelVersion);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _session.Dispose();
        _runOptions.Dispose();
    }
}
