using System.CommandLine;
using GenScreen.ModelImport;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen models import</c>: produces the NSFW ONNX model from the npm package nsfwjs (npm ci on first
/// use) into artifacts/models and checks its SHA-256; the Functions build then ships it with the app.
/// </summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Convert nsfwjs's MobileNetV2 to ONNX (artifacts/models), verifying its SHA-256.");
        import.SetAction(_ =>
        {
            var model = new NsfwModelCache(new NsfwModelCacheOptions(), Console.Error.WriteLine).GetModel();
            Console.WriteLine($"{model.Path}\n{model.ModelVersion}");
            return 0;
        });
        return new Command("models", "Manage the image models.") { import };
    }
}
