using System.Text;
using System.Text.Json.Nodes;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport.Onnx;
using GenScreen.ModelImport.Quantization;
using GenScreen.ModelImport.Tfjs;

namespace GenScreen.ModelImport;

/// <summary>
/// Imports the NSFW classifiers shipped inside the npm package <c>nsfwjs</c> (MIT, Infinite Red) into ONNX: MobileNetV2
/// (the first stage, 224×224) and InceptionV3 (the second stage, 299×299). Each ONNX graph takes NHWC float32
/// <c>[N,S,S,3]</c> RGB in [0,1] (input <c>input_1</c>) and returns softmax probabilities <c>[N,5]</c> in the order
/// Drawing, Hentai, Neutral, Porn, Sexy (output <c>dense_3</c>), exactly as nsfwjs feeds and reads the TF.js models;
/// resizing stays outside the graph (see NsfwPreprocessing).
/// </summary>
public static class NsfwjsModelImporter
{
    /// <summary>Where the MobileNetV2 model lives inside the package.</summary>
    public const string ModelDirectory = "dist/models/mobilenet_v2";

    /// <summary>Where the InceptionV3 model lives inside the package.</summary>
    public const string InceptionV3Directory = "dist/models/inception_v3";

    public const string InputName = NsfwModelInfo.InputName;

    public const string OutputName = NsfwModelInfo.OutputName;

    /// <summary>
    /// Reads <c>package.json</c> and the MobileNetV2 bundle from an installed nsfwjs package and returns the ONNX file bytes.
    /// Its convolution and dense kernels stay at the package's 8 bits, dequantized in the graph (2.9 MB instead of 10.5 MB
    /// as float32; ONNX Runtime folds them at load, so it runs on the same float32 weights).
    /// </summary>
    public static byte[] ImportMobileNetV2(string nsfwjsPackageDirectory) =>
        OnnxProtoWriter.Serialize(Import(nsfwjsPackageDirectory, ModelDirectory, "MobileNetV2", 224, compactWeights: true));

    /// <summary>The float MobileNetV2 graph before serialization (what the int8 import quantizes).</summary>
    internal static OnnxModel ImportMobileNetV2Model(string nsfwjsPackageDirectory) =>
        Import(nsfwjsPackageDirectory, ModelDirectory, "MobileNetV2", 224, compactWeights: false);

    /// <summary>
    /// MobileNetV2 quantized to int8 (<see cref="Int8ModelQuantizer"/>), calibrated on <see cref="CalibrationImages"/> preprocessed
    /// exactly as at run time (<see cref="NsfwPreprocessing"/>); face-api's package must sit beside nsfwjs in node_modules.
    /// </summary>
    public static byte[] ImportMobileNetV2Int8(string nsfwjsPackageDirectory)
    {
        var model = ImportMobileNetV2Model(nsfwjsPackageDirectory);
        var samples = CalibrationImages.Decode(CalibrationImages.PackageBeside(nsfwjsPackageDirectory))
            .Select(image => new CalibrationSample(NsfwPreprocessing.ToInputTensor(image.Rgb, image.Width, image.Height), [1, 224, 224, 3]));
        return OnnxProtoWriter.Serialize(Int8ModelQuantizer.Quantize(model, samples, CalibrationImages.Description));
    }

    /// <summary>
    /// Reads <c>package.json</c> and the InceptionV3 bundle (six weight shards) and returns the ONNX file bytes. Its
    /// convolution and dense kernels stay at the package's 8 bits (22 MB instead of 90 MB as float32), dequantized in
    /// the graph with the package's own scale and min.
    /// </summary>
    public static byte[] ImportInceptionV3(string nsfwjsPackageDirectory) =>
        OnnxProtoWriter.Serialize(Import(nsfwjsPackageDirectory, InceptionV3Directory, "InceptionV3", 299, compactWeights: true));

    /// <summary>
    /// InceptionV3 quantized to int8 (<see cref="Int8ModelQuantizer"/>, the first stage's procedure), calibrated on
    /// <see cref="CalibrationImages"/> preprocessed at 299×299 as at run time: <c>nsfw_inception_v3.int8.onnx</c>
    /// (<c>ImageScreening:SecondStagePrecision = Int8</c>; MODEL.md, docs/performance.md "Session 16"). Other
    /// <paramref name="weightLevels"/> than 127 are experiments whose files have no recorded hash.
    /// </summary>
    public static byte[] ImportInceptionV3Int8(string nsfwjsPackageDirectory, int weightLevels = 127)
    {
        var model = Import(nsfwjsPackageDirectory, InceptionV3Directory, "InceptionV3", 299, compactWeights: false);
        var samples = CalibrationImages.Decode(CalibrationImages.PackageBeside(nsfwjsPackageDirectory))
            .Select(image => new CalibrationSample(NsfwPreprocessing.ToInputTensor(image.Rgb, image.Width, image.Height, 299), [1, 299, 299, 3]));
        return OnnxProtoWriter.Serialize(Int8ModelQuantizer.Quantize(model, samples, CalibrationImages.Description, weightLevels));
    }

    private static OnnxModel Import(string nsfwjsPackageDirectory, string modelDirectory, string architecture, int inputSize, bool compactWeights)
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
        var modelDir = Path.Combine(nsfwjsPackageDirectory, modelDirectory);
        var bundle = TfjsBundleReader.Read(
            File.ReadAllText(Path.Combine(modelDir, "model.min.js"), Encoding.UTF8),
            shard => File.ReadAllText(Path.Combine(modelDir, shard + ".min.js"), Encoding.UTF8));

        var source = $"npm:nsfwjs@{version}/{modelDirectory}";
        var doc = $"NSFW image classifier ({architecture}) from {source} ({license} licence, Infinite Red), converted from the TF.js layers model. " +
            $"Input {InputName}: float32 NHWC [N,{inputSize},{inputSize},3], RGB in [0,1], resized with bilinear align_corners=true. " +
            $"Output {OutputName}: softmax [N,5] over Drawing, Hentai, Neutral, Porn, Sexy.";
        KeyValuePair<string, string>[] metadata =
        [
            new("source", source),
            new("license", license),
            new("classes", "Drawing,Hentai,Neutral,Porn,Sexy"),
            new("input_layout", "NHWC"),
        ];
        if (compactWeights)
        {
            metadata = [.. metadata, new("weights", "kernels uint8 as in the package, dequantized in the graph: float32(q) * scale + min")];
        }

        return TfjsLayersModelImporter.ToModel(bundle, doc, metadata, compactWeights);
    }
}
