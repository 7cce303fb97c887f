using System.Text;
using System.Text.Json.Nodes;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport.Tfjs;

namespace GenScreen.ModelImport;

/// <summary>
/// Imports the MobileNetV2 NSFW classifier shipped inside the npm package <c>nsfwjs</c> (MIT, Infinite Red) into ONNX.
/// The ONNX graph takes NHWC float32 <c>[N,224,224,3]</c> RGB in [0,1] (input <c>input_1</c>) and returns softmax
/// probabilities <c>[N,5]</c> in the order Drawing, Hentai, Neutral, Porn, Sexy (output <c>dense_3</c>), exactly as
/// nsfwjs feeds and reads the TF.js model; resizing stays outside the graph (see NsfwPreprocessing).
/// </summary>
public static class NsfwjsModelImporter
{
    /// <summary>Where the model lives inside the package.</summary>
    public const string ModelDirectory = "dist/models/mobilenet_v2";

    public const string InputName = NsfwModelInfo.InputName;

    public const string OutputName = NsfwModelInfo.OutputName;

    /// <summary>Reads <c>package.json</c> and the MobileNetV2 bundle from an installed nsfwjs package and returns the ONNX file bytes.</summary>
    public static byte[] ImportMobileNetV2(string nsfwjsPackageDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(nsfwjsPackageDirectory);
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(nsfwjsPackageDirectory, "package.json")))
            ?? throw new InvalidDataException("nsfwjs package.json is empty.");
        var name = package["name"]?.GetValue<string>();
        if (name != "nsfwjs")
        {
            throw new InvalidDataException($"'{nsfwjsPackageDirectory}' holds package '{name}', not nsfwjs.");
        }

        var version = package["version"]?.GetValue<string>() ?? "unknown";
        var license = package["license"]?.GetValue<string>() ?? "unknown";
        var modelDir = Path.Combine(nsfwjsPackageDirectory, ModelDirectory);
        var bundle = TfjsBundleReader.Read(
            File.ReadAllText(Path.Combine(modelDir, "model.min.js"), Encoding.UTF8),
            shard => File.ReadAllText(Path.Combine(modelDir, shard + ".min.js"), Encoding.UTF8));

        var source = $"npm:nsfwjs@{version}/{ModelDirectory}";
        var doc = $"NSFW image classifier (MobileNetV2) from {source} ({license} licence, Infinite Red), converted from the TF.js layers model. " +
            $"Input {InputName}: float32 NHWC [N,224,224,3], RGB in [0,1], resized with bilinear align_corners=true. " +
            $"Output {OutputName}: softmax [N,5] over Drawing, Hentai, Neutral, Porn, Sexy.";
        KeyValuePair<string, string>[] metadata =
        [
            new("source", source),
            new("license", license),
            new("classes", "Drawing,Hentai,Neutral,Porn,Sexy"),
            new("input_layout", "NHWC"),
        ];
        return TfjsLayersModelImporter.ToOnnx(bundle, doc, metadata);
    }
}
