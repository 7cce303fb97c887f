using System.Buffers;
using GenScreen.Core.Images.Faces;
using GenScreen.Images.Models;
using Microsoft.ML.OnnxRuntime;

namespace GenScreen.Images.People;

/// <summary>
/// Face descriptors from face-api's recognition net on ONNX Runtime (CPU): 128 floats per face, compared by Euclidean
/// distance (<see cref="FaceDistance"/>). One singleton per process (the session is thread-safe). The model bytes are
/// hashed and checked against the expected SHA-256 before the session is built from those same bytes.
/// Callers pass decoded RGB24 pixels and the aligned crop box (see <see cref="FaceRecognitionPreprocessing"/>).
/// </summary>
public sealed class FaceEmbedder : IDisposable
{
    private static readonly long[] SingleShape = [1, FaceRecognitionPreprocessing.InputSize, FaceRecognitionPreprocessing.InputSize, FaceRecognitionPreprocessing.Channels];
    private static readonly string[] InputNames = [FaceRecognitionModelInfo.InputName];
    private static readonly string[] OutputNames = [FaceRecognitionModelInfo.OutputName];

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private bool _disposed;

    /// <summary>Reads the file once, checks its SHA-256 and builds the session from those same bytes (<see cref="ModelIntegrityException"/> on a mismatch).</summary>
    /// <param name="configureSession">Changes the session's options after the app's own (benchmarks compare ONNX Runtime settings with it).</param>
    public FaceEmbedder(ModelFile model, string? expectedSha256 = null, int intraOpNumThreads = 1, Action<SessionOptions>? configureSession = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(intraOpNumThreads);
        var bytes = ModelFileVerifier.ReadVerified(FaceRecognitionModelInfo.Identity, model, expectedSha256);
        ModelVersion = FaceRecognitionModelInfo.ModelVersion(expectedSha256 ?? FaceRecognitionModelInfo.Sha256);
        using var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = intraOpNumThreads,
            InterOpNumThreads = 1,
        };
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        configureSession?.Invoke(sessionOptions);
        _session = new InferenceSession(bytes, sessionOptions);
    }

    /// <summary>E.g. <c>face-api-recognition@1.7.15+sha256:…</c>; stored with every enrolled embedding.</summary>
    public string ModelVersion { get; }

    /// <summary>Checks the model file at <paramref name="path"/> (configured or deployed) and opens a session; nothing is imported at run time.</summary>
    public static FaceEmbedder Create(string? path, int intraOpNumThreads = 1) =>
        new(ModelFileVerifier.Locate(FaceRecognitionModelInfo.Identity, path), intraOpNumThreads: intraOpNumThreads);

    /// <summary>The descriptor of the face in <paramref name="crop"/> (face-api's aligned box) of an RGB24 image.</summary>
    public float[] Embed(ReadOnlySpan<byte> rgb24, int width, int height, FaceBox crop)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var buffer = ArrayPool<float>.Shared.Rent(FaceRecognitionPreprocessing.TensorLength);
        try
        {
            FaceRecognitionPreprocessing.ToInputTensor(rgb24, width, height, crop, buffer);
            return Run(buffer.AsMemory(0, FaceRecognitionPreprocessing.TensorLength));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    /// <summary>The descriptor of an already cut face crop (the whole RGB24 image is the face).</summary>
    public float[] Embed(ReadOnlySpan<byte> cropRgb24, int width, int height) => Embed(cropRgb24, width, height, new FaceBox(0, 0, width, height));

    /// <summary>Runs the net on a preprocessed <c>[150,150,3]</c> tensor.</summary>
    public float[] Run(Memory<float> tensor)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, tensor, SingleShape);
        using var outputs = _session.Run(_runOptions, InputNames, [input], OutputNames);
        var values = outputs[0].GetTensorDataAsSpan<float>();
        if (values.Length != FaceRecognitionModelInfo.DescriptorLength)
        {
            throw new InvalidDataException($"The recognition model returned {values.Length} values, expected {FaceRecognitionModelInfo.DescriptorLength}.");
        }

        return values.ToArray();
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
