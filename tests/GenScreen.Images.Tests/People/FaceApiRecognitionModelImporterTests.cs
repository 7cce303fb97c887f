using System.Security.Cryptography;
using GenScreen.ModelImport.FaceRecognition;
using GenScreen.Images.People;

namespace GenScreen.Images.Tests.People;

public sealed class FaceApiRecognitionModelImporterTests
{
    // On a fresh clone these tests may run before any fixture has installed node_modules: install first (serialized, once).
    private static string Package
    {
        get
        {
            var root = GenScreen.LocalDev.RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Run inside the clone.");
            GenScreen.LocalDev.NpmCi.EnsureInstalled(root, ["node_modules/@vladmandic/face-api/package.json", "node_modules/pngjs/package.json"], TimeSpan.FromMinutes(10), log: null);
            return Path.Combine(root, "node_modules", "@vladmandic", "face-api");
        }
    }

    [Fact]
    public void Import_TwoImports_ProduceTheRecordedHash()
    {
        var first = FaceApiRecognitionModelImporter.Import(Package);
        var second = FaceApiRecognitionModelImporter.Import(Package);

        Assert.Equal(first, second);
        var sha = Convert.ToHexStringLower(SHA256.HashData(first));
        Assert.True(sha == FaceRecognitionModelInfo.Sha256, $"The import's SHA-256 is {sha}, recorded {FaceRecognitionModelInfo.Sha256} ({first.Length} bytes).");

        // The big weights stay uint8 as in the TF.js shard (22.5 MB as float32).
        Assert.InRange(first.Length, 6_000_000, 7_000_000);
    }

    [Fact]
    public void Import_OtherPackage_ThrowsInvalidDataException() =>
        Assert.Throws<InvalidDataException>(() => FaceApiRecognitionModelImporter.Import(Path.Combine(Package, "..", "..", "pngjs")));
}
