using GenScreen.Images.Models;

namespace GenScreen.Images.Nsfw;

/// <summary>
/// Locates an NSFW ONNX model at run time (<see cref="NsfwModelStoreOptions.Model"/>: MobileNetV2, or InceptionV3 for
/// the second stage): the file that shipped with the app (<see cref="NsfwModelStoreOptions.ModelPath"/>),
/// used as is or not at all. Its SHA-256 must be the recorded one (<see cref="NsfwModelSpec.Sha256"/>, MODEL.md): a missing
/// file is a <see cref="FileNotFoundException"/>, an altered one a <see cref="NsfwModelIntegrityException"/>. Nothing is
/// imported or installed here: in a clone the file is made by the tooling (<c>genscreen models import</c>,
/// tools/GenScreen.ModelImport), and the Functions build ships it in <c>models/</c>. Resolution runs once per store and is
/// thread-safe; a failure is not cached, so a later call retries.
/// </summary>
public sealed class NsfwModelStore
{
    private readonly NsfwModelStoreOptions _options;
    private readonly Lock _gate = new();
    private NsfwModelFile? _model;

    public NsfwModelStore(NsfwModelStoreOptions? options = null)
    {
        _options = options ?? new NsfwModelStoreOptions();
    }

    /// <summary>Returns the model file once it has been found and its hash checked.</summary>
    public NsfwModelFile GetModel()
    {
        if (Volatile.Read(ref _model) is { } model)
        {
            return model;
        }

        lock (_gate)
        {
            _model ??= Resolve();
            return _model;
        }
    }

    /// <summary>The SHA-256 (lower-case hex) of a model's ONNX bytes (a compressed copy, <c>&lt;path&gt;.br</c>, is hashed expanded).</summary>
    public static string HashFile(string path) => ModelFileContent.HashFile(path);

    /// <summary>Throws unless <paramref name="expectedSha256"/> is 64 hex digits.</summary>
    public static string CheckExpectedSha256(string? expectedSha256) =>
        expectedSha256 is { Length: 64 } && expectedSha256.All(char.IsAsciiHexDigit)
            ? expectedSha256
            : throw new InvalidOperationException($"The expected NSFW model SHA-256 must be 64 hex digits, not '{expectedSha256}'.");

    private NsfwModelFile Resolve()
    {
        var spec = _options.Model;
        var expected = CheckExpectedSha256(_options.ExpectedSha256 ?? spec.Sha256);
        if (_options.ModelPath is not { Length: > 0 } configured)
        {
            throw new FileNotFoundException(
                $"No NSFW model file: set ImageScreening:{(spec.IsSecondStage ? "SecondStageModelPath" : "ModelPath")} or deploy {spec.FileName} in models/ beside the app " +
                "(the Functions build does; in a clone `genscreen models import` makes it).");
        }

        // A deployed model is used as is or not at all: a missing or altered file must stop the host, not be
        // replaced by something else found elsewhere.
        var path = Path.GetFullPath(configured);
        if (!ModelFileContent.Exists(path))
        {
            throw new FileNotFoundException($"The configured NSFW model {path} (or {path}{ModelFileContent.CompressedSuffix}) does not exist.", configured);
        }

        var sha = HashFile(path);
        NsfwModelIntegrityException.ThrowIfMismatch(path, sha, expected);
        return new NsfwModelFile(path, sha, spec);
    }
}
