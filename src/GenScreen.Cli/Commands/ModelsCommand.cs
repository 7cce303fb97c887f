using GenScreen.Images.Nsfw;
using System.CommandLine;
using GenScreen.ModelImport;
using GenScreen.ModelImport.FaceApi;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen models import</c>: produces the NSFW ONNX models (both stages, and the first stage's int8 quantization) from the npm package nsfwjs and the three
/// face models from @vladmandic/face-api (npm ci on first use) into artifacts/models and checks their SHA-256; the
/// Functions build then ships the NSFW models with the app.
/// </summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Convert nsfwjs's MobileNetV2 (float32 and int8) and InceptionV3 (the second stage) and face-api's face models to ONNX (artifacts/models), verifying their SHA-256.");
        import.SetAction(_ =>
        {
            foreach (var spec in new[] { NsfwModelSpec.MobileNetV2, NsfwModelSpec.MobileNetV2Int8, NsfwModelSpec.InceptionV3 })
            {
                var model = new NsfwModelCache(new NsfwModelCacheOptions { Model = spec }, Console.Error.WriteLine).GetModel();
                Console.WriteLine($"{model.Path}\n{model.ModelVersion}");
            }

            var faces = FaceModelCache.EnsureFiles(log: Console.Error.WriteLine);
            Console.WriteLine($"{faces.Detector.Path}\n{faces.Landmarks.Path}\n{faces.Age.Path}");
            Console.WriteLine(FaceModelCache.EnsureDetector(GenScreen.Images.Faces.FaceDetectorKind.Tiny, log: Console.Error.WriteLine).Path);
            return 0;
        });
        return new Command("models", "Manage the image models.") { import };
    }
}
