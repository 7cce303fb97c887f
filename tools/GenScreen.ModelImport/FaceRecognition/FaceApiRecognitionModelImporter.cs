using System.Text.Json.Nodes;
using GenScreen.Images.People;
using GenScreen.ModelImport.FaceApi;
using GenScreen.ModelImport.Onnx;
using GenScreen.ModelImport.Quantization;

namespace GenScreen.ModelImport.FaceRecognition;

/// <summary>
/// Imports face-api's face recognition net (<c>model/face_recognition_model-weights_manifest.json</c> + <c>.bin</c> in the npm
/// package <c>@vladmandic/face-api</c>, MIT) into ONNX. Input <c>input</c>: float32 NHWC <c>[N,150,150,3]</c>, RGB 0..255 of the
/// face crop padded to a square and resized (see FaceCropPreprocessing); the mean subtraction and /255 are inside the graph.
/// Output <c>descriptor</c>: <c>[N,128]</c>, the raw face descriptor (compare with Euclidean distance).
/// </summary>
public static class FaceApiRecognitionModelImporter
{
    public const string PackageName = FaceRecognitionModelInfo.PackageName;

    public const string ModelDirectory = "model";

    public const string ModelName = "face_recognition_model";

    public const string ManifestFile = $"{ModelDirectory}/{ModelName}-weights_manifest.json";

    public const string WeightsFile = $"{ModelDirectory}/{ModelName}.bin";

    /// <summary>How the clone makes the file (<see cref="ImportedModelCache"/>), checked against the run-time identity.</summary>
    public static ImportedModelSpec Spec { get; } = new(FaceRecognitionModelInfo.Identity, PackageName, [ManifestFile, WeightsFile], Import);

    /// <summary>The clone's recognition model in <c>artifacts/models</c>, imported on first use.</summary>
    public static GenScreen.Images.Models.ModelFile EnsureFile(string? repositoryRoot = null, Action<string>? log = null) =>
        new ImportedModelCache(Spec, new ImportedModelCacheOptions { RepositoryRoot = repositoryRoot }, log).GetModel();

    /// <summary>Reads <c>package.json</c> and the weights from an installed face-api package and returns the ONNX file bytes.</summary>
    public static byte[] Import(string faceApiPackageDirectory) => OnnxProtoWriter.Serialize(ImportModel(faceApiPackageDirectory, compactWeights: true));

    /// <summary>
    /// The net quantized to int8 (<see cref="Int8ModelQuantizer"/>, the NSFW first stage's procedure) from float32
    /// weights, calibrated on <paramref name="calibrationInputs"/> (preprocessed <c>[150,150,3]</c> face crops). An
    /// experiment (docs/performance.md, "Recognition net in int8"): made in memory, not cached, not shipped.
    /// </summary>
    public static byte[] ImportInt8(string faceApiPackageDirectory, IEnumerable<float[]> calibrationInputs, string calibrationSet, int weightLevels = 127)
    {
        ArgumentNullException.ThrowIfNull(calibrationInputs);
        var samples = calibrationInputs.Select(data => new CalibrationSample(data, [1, FaceRecognitionOnnxConverter.InputSize, FaceRecognitionOnnxConverter.InputSize, 3]));
        return OnnxProtoWriter.Serialize(Int8ModelQuantizer.Quantize(ImportModel(faceApiPackageDirectory, compactWeights: false), samples, calibrationSet, weightLevels));
    }

    private static OnnxModel ImportModel(string faceApiPackageDirectory, bool compactWeights)
    {
        ArgumentException.ThrowIfNullOrEmpty(faceApiPackageDirectory);
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(faceApiPackageDirectory, "package.json")))
            ?? throw new InvalidDataException("face-api package.json is empty.");
        var name = package["name"]?.GetValue<string>();
        if (name != PackageName)
        {
            throw new InvalidDataException($"'{faceApiPackageDirectory}' holds package '{name}', not {PackageName}.");
        }

        var version = package["version"]?.GetValue<string>() ?? "unknown";
        var license = package["license"]?.GetValue<string>() ?? "unknown";
        var weights = TfjsWeightsManifestReader.Read(Path.Combine(faceApiPackageDirectory, ModelDirectory), ModelName);
        var graph = FaceRecognitionOnnxConverter.Convert(weights, compactWeights ? ReadQuantization(Path.Combine(faceApiPackageDirectory, ManifestFile)) : new Dictionary<string, GenScreen.ModelImport.Tfjs.TfjsQuantization>());
        var source = $"npm:{PackageName}@{version}/{ManifestFile}";
        var doc = $"Face recognition net (ResNet-34-like, 128-d descriptor) from {source} ({license} licence), rebuilt from face-api's FaceRecognitionNet. " +
            $"Input {FaceRecognitionModelInfo.InputName}: float32 NHWC [N,150,150,3], RGB 0..255 (face crop padded to a square, bilinear resize). " +
            $"Output {FaceRecognitionModelInfo.OutputName}: [N,128] descriptor; same person when the Euclidean distance is small (face-api uses 0.6).";
        KeyValuePair<string, string>[] metadata =
        [
            new("source", source),
            new("license", license),
            new("input_layout", "NHWC"),
            new("descriptor_length", "128"),
            new("weights", "uint8 as in the TF.js shard, dequantized in the graph as q*scale+min"),
        ];
        return new OnnxModel(TfjsLayersModelImporter.IrVersion, TfjsLayersModelImporter.OpsetVersion, TfjsLayersModelImporter.ProducerName, TfjsLayersModelImporter.ProducerVersion, doc, graph, metadata);
    }

    /// <summary>The quantization of every weight in the manifest, by name.</summary>
    private static Dictionary<string, GenScreen.ModelImport.Tfjs.TfjsQuantization> ReadQuantization(string manifestPath)
    {
        var result = new Dictionary<string, GenScreen.ModelImport.Tfjs.TfjsQuantization>(StringComparer.Ordinal);
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath)) as JsonArray ?? throw new InvalidDataException($"{manifestPath} is not a weights manifest.");
        foreach (var weight in manifest.SelectMany(g => g?["weights"] as JsonArray ?? []))
        {
            var spec = GenScreen.ModelImport.Tfjs.TfjsBundleReader.ToSpec(weight);
            if (spec.Quantization is { } q)
            {
                result[spec.Name] = q;
            }
        }

        return result;
    }
}
