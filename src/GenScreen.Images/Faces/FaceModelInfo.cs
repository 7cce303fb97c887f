using GenScreen.Images.ModelImport.FaceApi;
using GenScreen.Images.Models;

namespace GenScreen.Images.Faces;

/// <summary>
/// Identity of the three face models: face-api's SSD MobileNetV1 detector, 68-point landmark net and ageGenderNet,
/// converted to ONNX by <see cref="FaceApiModelImporter"/>. The conversion is deterministic, so every import from
/// @vladmandic/face-api@<see cref="PackageVersion"/> must reproduce the hashes below (recorded in MODEL.md beside this file).
/// </summary>
public static class FaceModelInfo
{
    public const string PackageName = FaceApiModelImporter.PackageName;

    /// <summary>Must match the exact version pinned in the repository's package.json / package-lock.json.</summary>
    public const string PackageVersion = "1.7.15";

    public const string ModelDoc = "src/GenScreen.Images/Faces/MODEL.md";

    public const string DetectorFileName = "faceapi_ssd_mobilenetv1.onnx";

    public const string LandmarksFileName = "faceapi_landmark68.onnx";

    public const string AgeFileName = "faceapi_age_gender.onnx";

    public const string DetectorSha256 = "46d541e9d96495d9e4d7096e3c6e8d85af697996649a7e30ec1e1f1895c1153c";

    public const string LandmarksSha256 = "c283865b0de89ee7577abdf6a3563bd33af62df537289a45bf78aed3a91a4f7b";

    public const string AgeSha256 = "15cb292946a08ec7ff2f6348f3d525fe3f4c3ebb107298924fe3dc1e8f45a625";

    public static ImportedModelSpec Detector { get; } = Spec("face detector (face-api SSD MobileNetV1)", DetectorFileName, DetectorSha256, FaceApiModel.SsdMobilenetV1);

    public static ImportedModelSpec Landmarks { get; } = Spec("face landmark (face-api 68-point)", LandmarksFileName, LandmarksSha256, FaceApiModel.FaceLandmark68);

    public static ImportedModelSpec Age { get; } = Spec("apparent age (face-api ageGenderNet)", AgeFileName, AgeSha256, FaceApiModel.AgeGender);

    /// <summary>
    /// The version string on every <see cref="GenScreen.Core.Images.Faces.FaceFacts"/>, naming all three files, e.g.
    /// <c>face-api@1.7.15+ssd:1a2b3c4d+lm68:…+age:…</c> (first 8 hex digits of each SHA-256).
    /// </summary>
    public static string ModelVersion(string detectorSha256, string landmarksSha256, string ageSha256) =>
        $"face-api@{PackageVersion}+ssd:{detectorSha256[..8]}+lm68:{landmarksSha256[..8]}+age:{ageSha256[..8]}";

    private static ImportedModelSpec Spec(string name, string file, string sha, FaceApiModel model) =>
        new(name, file, sha, PackageName,
            [$"{FaceApiModelImporter.ModelDirectory}/{FaceApiModelImporter.ManifestName(model)}-weights_manifest.json", $"{FaceApiModelImporter.ModelDirectory}/{FaceApiModelImporter.ManifestName(model)}.bin"],
            ModelDoc,
            package => FaceApiModelImporter.Import(package, model));
}
