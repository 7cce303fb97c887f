using System.Security.Cryptography;
using GenScreen.ModelImport;
using GenScreen.Images.Nsfw;

namespace GenScreen.Images.Tests.Nsfw;

[Collection(NsfwModelGroup.Name)]
public sealed class NsfwjsModelImporterTests(NsfwModelFixture fixture)
{
    [Fact]
    public void ImportMobileNetV2_TwoImports_ProduceTheRecordedHash()
    {
        fixture.EnsureNodeModules();
        var package = Path.Combine(fixture.RepositoryRoot, "node_modules", "nsfwjs");

        var first = NsfwjsModelImporter.ImportMobileNetV2(package);
        var second = NsfwjsModelImporter.ImportMobileNetV2(package);

        Assert.Equal(first, second);
        Assert.Equal(NsfwModelInfo.Sha256, Convert.ToHexStringLower(SHA256.HashData(first)));
    }

    [Fact]
    public void ImportInceptionV3_TwoImports_ProduceTheRecordedHash()
    {
        fixture.EnsureNodeModules();
        var package = Path.Combine(fixture.RepositoryRoot, "node_modules", "nsfwjs");

        var first = NsfwjsModelImporter.ImportInceptionV3(package);
        var second = NsfwjsModelImporter.ImportInceptionV3(package);

        Assert.Equal(first, second);
        var sha = Convert.ToHexStringLower(SHA256.HashData(first));
        Assert.True(NsfwModelInfo.InceptionV3Sha256 == sha, $"The import's SHA-256 is {sha} ({first.Length} bytes), MODEL.md records {NsfwModelInfo.InceptionV3Sha256}.");
    }

    [Fact]
    public void ImportMobileNetV2_OtherPackage_ThrowsInvalidDataException()
    {
        fixture.EnsureNodeModules();
        Assert.Throws<InvalidDataException>(() => NsfwjsModelImporter.ImportMobileNetV2(Path.Combine(fixture.RepositoryRoot, "node_modules", "pngjs")));
    }
}
