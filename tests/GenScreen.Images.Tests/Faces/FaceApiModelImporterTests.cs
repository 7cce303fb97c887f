using System.Security.Cryptography;
using GenScreen.Images.Faces;
using GenScreen.ModelImport.FaceApi;
using Microsoft.ML.OnnxRuntime;
using Xunit.Abstractions;

namespace GenScreen.Images.Tests.Faces;

/// <summary>The face-api conversion: deterministic bytes equal to the recorded hashes, loadable by ONNX Runtime with the documented interface.</summary>
public sealed class FaceApiModelImporterTests(ITestOutputHelper output)
{
    public static TheoryData<FaceApiModel> Models => [FaceApiModel.SsdMobilenetV1, FaceApiModel.TinyFaceDetector, FaceApiModel.FaceLandmark68, FaceApiModel.AgeGender];

    [Theory]
    [MemberData(nameof(Models))]
    public void Import_TwiceFromThePinnedPackage_SameBytesWithTheRecordedHash(FaceApiModel model)
    {
        var package = PackageDirectory();
        var first = FaceApiModelImporter.Import(package, model);
        var second = FaceApiModelImporter.Import(package, model);

        var sha = Convert.ToHexStringLower(SHA256.HashData(first));
        output.WriteLine($"{model}: {first.Length:N0} bytes, SHA-256 {sha}");
        Assert.Equal(first, second);
        Assert.Equal(RecordedSha256(model), sha);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Import_Loads_WithTheDocumentedInputsAndOutputs(FaceApiModel model)
    {
        using var session = new InferenceSession(FaceApiModelImporter.Import(PackageDirectory(), model));
        var (input, size, outputs) = model switch
        {
            FaceApiModel.SsdMobilenetV1 => (FaceModelNames.SsdInput, FaceModelNames.SsdInputSize, new[] { FaceModelNames.SsdBoxes, FaceModelNames.SsdScores }),
            FaceApiModel.TinyFaceDetector => (FaceModelNames.TinyInput, FaceModelNames.TinyInputSize, new[] { FaceModelNames.TinyOutput }),
            FaceApiModel.FaceLandmark68 => (FaceModelNames.LandmarkInput, FaceModelNames.FaceInputSize, new[] { FaceModelNames.LandmarkOutput }),
            _ => (FaceModelNames.AgeGenderInput, FaceModelNames.FaceInputSize, new[] { FaceModelNames.AgeOutput, FaceModelNames.GenderOutput }),
        };

        var meta = Assert.Single(session.InputMetadata);
        Assert.Equal(input, meta.Key);
        // SSD takes interleaved 0..255 pixels; the others planar, normalized ones (FaceImageResampler.ResamplePlanar).
        Assert.Equal(model == FaceApiModel.SsdMobilenetV1 ? [-1, size, size, 3] : [-1, 3, size, size], meta.Value.Dimensions);
        Assert.Equal(outputs, session.OutputMetadata.Keys.ToArray());
        Assert.Equal("MIT", session.ModelMetadata.CustomMetadataMap["license"]);
    }

    [Fact]
    public void Import_AnotherPackage_IsRefused()
    {
        var nsfwjs = Path.Combine(RepositoryRoot(), "node_modules", "nsfwjs");
        var error = Assert.Throws<InvalidDataException>(() => FaceApiModelImporter.Import(nsfwjs, FaceApiModel.AgeGender));
        Assert.Contains("not @vladmandic/face-api", error.Message, StringComparison.Ordinal);
    }

    internal static string RecordedSha256(FaceApiModel model) => model switch
    {
        FaceApiModel.SsdMobilenetV1 => FaceModelInfo.DetectorSha256,
        FaceApiModel.TinyFaceDetector => FaceModelInfo.TinyDetectorSha256,
        FaceApiModel.FaceLandmark68 => FaceModelInfo.LandmarksSha256,
        _ => FaceModelInfo.AgeSha256,
    };

    // On a fresh clone these tests may run before any fixture has installed node_modules: install first (serialized, once).
    private static string RepositoryRoot()
    {
        var root = GenScreen.LocalDev.RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Run inside the clone.");
        GenScreen.LocalDev.NpmCi.EnsureInstalled(root, ["node_modules/@vladmandic/face-api/package.json", "node_modules/nsfwjs/package.json"], TimeSpan.FromMinutes(10), log: null);
        return root;
    }

    private static string PackageDirectory() => Path.Combine(RepositoryRoot(), "node_modules", "@vladmandic", "face-api");
}
