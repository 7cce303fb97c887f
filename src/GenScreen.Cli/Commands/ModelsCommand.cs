using System.CommandLine;
using GenScreen.Images.Faces;
using GenScreen.Images.Models;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport;
using GenScreen.ModelImport.FaceApi;
using GenScreen.ModelImport.FaceRecognition;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen models import [--output dir] [--repository root]</c>: produces every image model from its npm package
/// (npm ci on first use): nsfwjs's MobileNetV2 and InceptionV3 (each float32 and int8), face-api's two detectors, landmarks,
/// age net and recognition net, into <c>artifacts/models</c> (or <c>--output</c>), each checked against the SHA-256
/// recorded in its MODEL.md before it is written. A file already there with the recorded hash is kept; one with another
/// hash is imported again (a stale or altered copy is replaced, never used); an import that does not reproduce the
/// recorded hash (another package version, altered weights) is refused and nothing is written for it (exit 1).
/// Prints one line per model: path and SHA-256. The Functions build runs the same importers (tools/GenScreen.ModelImport).
/// </summary>
internal static class ModelsCommand
{
    public static Command Create(CliEnvironment? environment = null)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Folder to write the models to (default: artifacts/models in the clone)." };
        var repository = new Option<string?>("--repository") { Description = "The clone whose node_modules holds the packages (default: found above the current directory)." };
        var import = new Command("import", "Convert nsfwjs's MobileNetV2 and InceptionV3 (each float32 and int8) and face-api's detectors, landmarks, age and recognition nets to ONNX, verifying each SHA-256. Exit code: 0, 1 refused or failed.")
        {
            output, repository,
        };
        import.SetAction((parse, _) => Task.FromResult(Import(environment ?? CliEnvironment.Process, parse.GetValue(output), parse.GetValue(repository))));
        return new Command("models", "Manage the image models.") { import };
    }

    private static int Import(CliEnvironment env, string? output, string? repository)
    {
        var log = (Action<string>)env.Error.WriteLine;
        var directory = output is null ? null : Path.GetFullPath(output);
        try
        {
            var models = new List<(string Path, string Sha256)>();
            foreach (var spec in NsfwModelSpec.Imported)
            {
                var options = new NsfwModelCacheOptions { Model = spec, RepositoryRoot = repository, CachePath = directory is null ? null : Path.Combine(directory, spec.FileName) };
                var model = new NsfwModelCache(options, log).GetModel();
                models.Add((model.Path, model.Sha256));
            }

            foreach (var spec in new[] { FaceModelCache.Detector, FaceModelCache.TinyDetector, FaceModelCache.Landmarks, FaceModelCache.Age, FaceApiRecognitionModelImporter.Spec })
            {
                var model = new ImportedModelCache(spec, new ImportedModelCacheOptions { RepositoryRoot = repository, CacheDirectory = directory }, log).GetModel();
                models.Add((model.Path, model.Sha256));
            }

            foreach (var (path, sha) in models)
            {
                env.Out.WriteLine($"{path}  sha256:{sha}");
            }

            env.Out.Flush();
            return 0;
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException or TimeoutException or ModelIntegrityException)
        {
            env.Error.WriteLine($"Import refused: {ex.Message}");
            return ExitCodes.Error;
        }
    }
}
