using System.Text.Json.Nodes;
using GenScreen.Images.Faces;
using GenScreen.ModelImport.Onnx;
using GenScreen.ModelImport.Quantization;
using GenScreen.ModelImport.Tfjs;

namespace GenScreen.ModelImport.FaceApi;

/// <summary>
/// Converts face-api's weights-only TF.js models (npm <c>@vladmandic/face-api</c>, MIT, folder <c>model/</c>) into ONNX
/// (IR 7, opset 13). Nothing is executed from the package: the manifest and the binary shards are read, the weights
/// dequantized as tfjs does, and the graph is written from GenScreen's own transcription of face-api's layer code
/// (<see cref="FaceApiNets"/>). The output bytes depend only on the package files, so every import is identical.
/// </summary>
public static class FaceApiModelImporter
{
    public const string PackageName = "@vladmandic/face-api";

    public const string ModelDirectory = "model";

    /// <summary>The weights manifest base name of <paramref name="model"/> (<c>model/&lt;name&gt;-weights_manifest.json</c>).</summary>
    public static string ManifestName(FaceApiModel model) => model switch
    {
        FaceApiModel.SsdMobilenetV1 => "ssd_mobilenetv1_model",
        FaceApiModel.TinyFaceDetector => "tiny_face_detector_model",
        FaceApiModel.FaceLandmark68 => "face_landmark_68_model",
        FaceApiModel.AgeGender => "age_gender_model",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown face-api model."),
    };

    /// <summary>How the clone makes <paramref name="model"/>: its run-time identity (<see cref="FaceModelInfo"/>), the package files it needs, the import.</summary>
    public static ImportedModelSpec Spec(FaceApiModel model)
    {
        var identity = model switch
        {
            FaceApiModel.SsdMobilenetV1 => FaceModelInfo.Detector,
            FaceApiModel.TinyFaceDetector => FaceModelInfo.TinyDetector,
            FaceApiModel.FaceLandmark68 => FaceModelInfo.Landmarks,
            FaceApiModel.AgeGender => FaceModelInfo.Age,
            _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown face-api model."),
        };
        var manifest = ManifestName(model);
        return new ImportedModelSpec(
            identity,
            PackageName,
            [$"{ModelDirectory}/{manifest}-weights_manifest.json", $"{ModelDirectory}/{manifest}.bin"],
            package => Import(package, model));
    }

    /// <summary>Reads the installed package (its <c>package.json</c> and <c>model/</c>) and returns the ONNX file bytes.</summary>
    public static byte[] Import(string packageDirectory, FaceApiModel model) => Import(packageDirectory, model, FaceModelNames.TinyInputSize);

    /// <summary>
    /// <see cref="Import(string, FaceApiModel)"/> with the tiny detector's input fixed at <paramref name="tinyInputSize"/>
    /// (face-api's <c>inputSize</c> option, a multiple of 32) instead of the shipped <see cref="FaceModelNames.TinyInputSize"/>:
    /// what the benchmarks and the evaluation use to compare input sizes. The other models ignore it.
    /// </summary>
    public static byte[] Import(string packageDirectory, FaceApiModel model, int tinyInputSize) =>
        OnnxProtoWriter.Serialize(ImportModel(packageDirectory, model, tinyInputSize));

    /// <summary>
    /// <paramref name="model"/> (the tiny detector, the landmark net or ageGenderNet) quantized to int8 QDQ by the same
    /// quantizer as the NSFW first stage (<see cref="Int8ModelQuantizer"/>), its activation ranges calibrated on
    /// <paramref name="calibrationInputs"/>: the net's own input (planar, normalized, one image or face per sample) built
    /// by the run-time preprocessing from photos the caller names in <paramref name="calibrationSet"/>. Not shipped: the
    /// benchmarks and the face int8 evaluation compare it with the float32 file (docs/performance.md).
    /// <paramref name="weightLevels"/> 127 is full int8; 63 the 7-bit "reduce range" weights for AVX2 CPUs without VNNI.
    /// </summary>
    public static byte[] ImportInt8(string packageDirectory, FaceApiModel model, IEnumerable<float[]> calibrationInputs, string calibrationSet, int weightLevels = 127)
    {
        ArgumentNullException.ThrowIfNull(calibrationInputs);
        if (model == FaceApiModel.SsdMobilenetV1)
        {
            throw new ArgumentOutOfRangeException(nameof(model), model, "Only the tiny detector and the face nets take planar input.");
        }

        var side = model == FaceApiModel.TinyFaceDetector ? FaceModelNames.TinyInputSize : FaceModelNames.FaceInputSize;
        var samples = calibrationInputs.Select(data => new CalibrationSample(data, [1, 3, side, side]));
        var onnx = ImportModel(packageDirectory, model, FaceModelNames.TinyInputSize);
        return OnnxProtoWriter.Serialize(Int8ModelQuantizer.Quantize(onnx, samples, calibrationSet, weightLevels));
    }

    private static OnnxModel ImportModel(string packageDirectory, FaceApiModel model, int tinyInputSize)
    {
        ArgumentException.ThrowIfNullOrEmpty(packageDirectory);
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(packageDirectory, "package.json")))
            ?? throw new InvalidDataException($"{packageDirectory}/package.json is empty.");
        var name = package["name"]?.GetValue<string>();
        if (name != PackageName)
        {
            throw new InvalidDataException($"'{packageDirectory}' holds package '{name}', not {PackageName}.");
        }

        var version = package["version"]?.GetValue<string>() ?? "unknown";
        var license = package["license"]?.GetValue<string>() ?? "unknown";
        var manifest = ManifestName(model);
        var weights = TfjsWeightsManifestReader.Read(Path.Combine(packageDirectory, ModelDirectory), manifest);
        var (graph, doc) = model switch
        {
            FaceApiModel.SsdMobilenetV1 => (FaceApiNets.SsdMobilenetV1(weights),
                "Face detector (SSD MobileNetV1). Input image: float32 NHWC [N,512,512,3] RGB 0..255 (frame zero-padded bottom/right to a square, " +
                "bilinear resize, half_pixel_centers=false). Outputs boxes [N,5118,4] (ymin,xmin,ymax,xmax relative to the square) and scores [N,5118]; NMS is done by the caller."),
            FaceApiModel.TinyFaceDetector => (FaceApiNets.TinyFaceDetector(weights, tinyInputSize),
                $"Face detector (face-api TinyFaceDetector). Input image: float32 NCHW [N,3,{tinyInputSize},{tinyInputSize}] RGB, (v - (117.001, 114.697, 97.404)) / 255 (frame zero-padded bottom/right to a square, " +
                $"bilinear resize). Output grid [N,{tinyInputSize / 32},{tinyInputSize / 32},25]: per cell 5 anchors x (tx, ty, tw, th, objectness logit); decoding and NMS are done by the caller."),
            FaceApiModel.FaceLandmark68 => (FaceApiNets.FaceLandmark68(weights),
                "68-point face landmarks. Input face: float32 NCHW [N,3,112,112] RGB, (v - (122.782, 117.001, 104.298)) / 255 (face crop zero-padded centred to a square, bilinear resize). " +
                "Output landmarks [N,136]: x,y pairs relative to the 112 square."),
            FaceApiModel.AgeGender => (FaceApiNets.AgeGender(weights),
                "ageGenderNet (apparent age). Input face: float32 NCHW [N,3,112,112] RGB, (v - (122.782, 117.001, 104.298)) / 255 (aligned face crop zero-padded centred to a square, bilinear resize). " +
                "Outputs age [N,1] in years and gender [N,2] softmax (index 0 = male)."),
            _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown face-api model."),
        };

        var source = $"npm:{PackageName}@{version}/{ModelDirectory}/{manifest}";
        KeyValuePair<string, string>[] metadata =
        [
            new("source", source),
            new("license", license),
            new("input_layout", model == FaceApiModel.SsdMobilenetV1 ? "NHWC" : "NCHW"),
        ];
        return new OnnxModel(
            TfjsLayersModelImporter.IrVersion,
            TfjsLayersModelImporter.OpsetVersion,
            TfjsLayersModelImporter.ProducerName,
            TfjsLayersModelImporter.ProducerVersion,
            $"{doc} Converted from {source} ({license} licence).",
            graph,
            metadata);
    }
}
