using GenScreen.Images.Models;

namespace GenScreen.Images.People;

/// <summary>
/// Identity of the face recognition model: face-api's FaceRecognitionNet converted to ONNX by
/// tools/GenScreen.ModelImport (FaceRecognition/FaceApiRecognitionModelImporter). The conversion is deterministic, so every import from
/// @vladmandic/face-api@<see cref="PackageVersion"/> must reproduce <see cref="Sha256"/> (see MODEL.md beside this file).
/// </summary>
public static class FaceRecognitionModelInfo
{
    public const string PackageName = "@vladmandic/face-api";

    /// <summary>The graph's input: float32 NHWC [N,150,150,3], RGB 0..255.</summary>
    public const string InputName = "input";

    /// <summary>The graph's output: [N,128] descriptors.</summary>
    public const string OutputName = "descriptor";

    /// <summary>Must match the exact version pinned in the repository's package.json / package-lock.json.</summary>
    public const string PackageVersion = "1.7.15";

    public const string FileName = "faceapi_face_recognition.onnx";

    public const string ModelDoc = "src/GenScreen.Images/People/MODEL.md";

    /// <summary>SHA-256 (lower-case hex) of the ONNX file produced by importing face-api@1.7.15.</summary>
    public const string Sha256 = "0c98908e989dd60aae7748a69ca6defaf113f0111c796b93fc919f0378be5776";

    public const int DescriptorLength = 128;

    /// <summary>What the run time checks (file name, SHA-256, MODEL.md).</summary>
    public static ModelIdentity Identity { get; } = new("face recognition (face-api FaceRecognitionNet)", FileName, Sha256, ModelDoc);

    /// <summary>E.g. <c>face-api-recognition@1.7.15+sha256:0123456789ab</c>; stored with every enrolled descriptor.</summary>
    public static string ModelVersion(string sha256)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        return $"face-api-recognition@{PackageVersion}+sha256:{sha256[..Math.Min(12, sha256.Length)]}";
    }
}
