using GenScreen.Images.Models;

namespace GenScreen.Images.Faces;

/// <summary>
/// Identity of the three face models: face-api's SSD MobileNetV1 detector, 68-point landmark net and ageGenderNet,
/// converted to ONNX by tools/GenScreen.ModelImport (FaceApiModelImporter). The conversion is deterministic, so every import from
/// @vladmandic/face-api@<see cref="PackageVersion"/> must reproduce the hashes below (recorded in MODEL.md beside this file).
/// </summary>
public static class FaceModelInfo
{
    public const string PackageName = "@vladmandic/face-api";

    /// <summary>Must match the exact version pinned in the repository's package.json / package-lock.json.</summary>
    public const string PackageVersion = "1.7.15";

    public const string ModelDoc = "src/GenScreen.Images/Faces/MODEL.md";

    public const string DetectorFileName = "faceapi_ssd_mobilenetv1.onnx";

    public const string TinyDetectorFileName = "faceapi_tiny_face_detector.onnx";

    public const string LandmarksFileName = "faceapi_landmark68.onnx";

    public const string AgeFileName = "faceapi_age_gender.onnx";

    public const string DetectorSha256 = "d12251ab1c56132c049e176447f3c623c1aefb4479b29d06a841ec79d827ffbd";

    public const string TinyDetectorSha256 = "edb02ad4763744d30fd8d0216908fe077abb42fa68ab2a69c7bf5ec3c4605d43";

    public const string LandmarksSha256 = "f47d834008c990ff439bd18aaabf2f5316bb3b29fecaefc754444ad2228a396e";

    public const string AgeSha256 = "d2180896c67bba4fe4f0c1ec7834645cfb34d7abe7693860a14524b45cf1347d";

    public static ModelIdentity Detector { get; } = new("face detector (face-api SSD MobileNetV1)", DetectorFileName, DetectorSha256, ModelDoc);

    public static ModelIdentity TinyDetector { get; } = new("face detector (face-api TinyFaceDetector)", TinyDetectorFileName, TinyDetectorSha256, ModelDoc);

    public static ModelIdentity Landmarks { get; } = new("face landmark (face-api 68-point)", LandmarksFileName, LandmarksSha256, ModelDoc);

    public static ModelIdentity Age { get; } = new("apparent age (face-api ageGenderNet)", AgeFileName, AgeSha256, ModelDoc);

    /// <summary>The detector model of <paramref name="kind"/>.</summary>
    public static ModelIdentity DetectorIdentity(FaceDetectorKind kind) => kind switch
    {
        FaceDetectorKind.Tiny => TinyDetector,
        FaceDetectorKind.Ssd => Detector,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown face detector."),
    };

    /// <summary>
    /// The version string on every <see cref="GenScreen.Core.Images.Faces.FaceFacts"/>, naming all three files, e.g.
    /// <c>face-api@1.7.15+ssd:1a2b3c4d+lm68:…+age:…</c> (first 8 hex digits of each SHA-256).
    /// </summary>
    public static string ModelVersion(string detectorSha256, string landmarksSha256, string ageSha256, FaceDetectorKind detector = FaceDetectorKind.Ssd) =>
        $"face-api@{PackageVersion}+{(detector == FaceDetectorKind.Tiny ? "tiny" : "ssd")}:{detectorSha256[..8]}+lm68:{landmarksSha256[..8]}+age:{ageSha256[..8]}";
}
