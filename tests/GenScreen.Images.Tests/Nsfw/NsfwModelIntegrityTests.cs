using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// The deployed model is loaded only if its bytes are the recorded model: SHA-256 from MODEL.md, compiled in as
/// <see cref="NsfwModelInfo.Sha256"/>. A copy with one byte flipped stands for any tampered or corrupted file.
/// </summary>
[Collection(NsfwModelGroup.Name)]
public sealed partial class NsfwModelIntegrityTests(NsfwModelFixture fixture) : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("genscreen-nsfw-integrity-");

    [Fact]
    public void RecordedHash_ModelMdDocsAndCode_Agree()
    {
        var modelMd = File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "src", "GenScreen.Images", "Nsfw", "MODEL.md"));
        var imagesMd = File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "docs", "images.md"));

        Assert.Equal(NsfwModelInfo.Sha256, HashRow().Match(modelMd).Groups["sha"].Value);
        Assert.Equal(NsfwModelInfo.ModelVersion(NsfwModelInfo.Sha256), VersionRow().Match(modelMd).Groups["version"].Value);
        Assert.Contains(NsfwModelInfo.Sha256, imagesMd, StringComparison.Ordinal);
        Assert.Equal(NsfwModelInfo.Sha256, fixture.Model.Sha256); // and the imported file is that model
    }

    [Fact]
    public void RecordedInt8Hash_ModelMdAndCode_Agree()
    {
        var modelMd = File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "src", "GenScreen.Images", "Nsfw", "MODEL.md"));
        var section = modelMd[modelMd.IndexOf("# First stage in int8", StringComparison.Ordinal)..];
        var spec = NsfwModelSpec.MobileNetV2Int8;

        Assert.Equal(spec.Sha256, HashRow().Match(section).Groups["sha"].Value);
        Assert.Equal(spec.ModelVersion(spec.Sha256), VersionRow().Match(section).Groups["version"].Value);
        Assert.Contains("int8", spec.ModelVersion(spec.Sha256), StringComparison.Ordinal);
    }

    [Fact]
    public void RecordedInceptionV3Int8Hash_ModelMdAndCode_Agree()
    {
        var modelMd = File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "src", "GenScreen.Images", "Nsfw", "MODEL.md"));
        var section = modelMd[modelMd.IndexOf("# Second stage in int8", StringComparison.Ordinal)..];
        var spec = NsfwModelSpec.InceptionV3Int8;

        Assert.Equal(spec.Sha256, HashRow().Match(section).Groups["sha"].Value);
        Assert.Equal(spec.ModelVersion(spec.Sha256), VersionRow().Match(section).Groups["version"].Value);
        Assert.Contains("inception_v3-int8", spec.ModelVersion(spec.Sha256), StringComparison.Ordinal);
    }

    [Fact]
    public void RecordedInceptionV3Hash_ModelMdAndCode_Agree()
    {
        var modelMd = File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "src", "GenScreen.Images", "Nsfw", "MODEL.md"));
        var section = modelMd[modelMd.IndexOf("# Second stage", StringComparison.Ordinal)..];
        var spec = NsfwModelSpec.InceptionV3;

        Assert.Equal(spec.Sha256, HashRow().Match(section).Groups["sha"].Value);
        Assert.Equal(spec.ModelVersion(spec.Sha256), VersionRow().Match(section).Groups["version"].Value);
        Assert.Equal(spec.Sha256, fixture.InceptionV3Model.Sha256);
    }

    [Fact]
    public void GetModel_InceptionV3CopyWithOneByteFlipped_Refused()
    {
        var tampered = TamperedCopy(fixture.InceptionV3Model.Path);
        var store = new NsfwModelStore(new NsfwModelStoreOptions { Model = NsfwModelSpec.InceptionV3, ModelPath = tampered });

        var e = Assert.Throws<NsfwModelIntegrityException>(store.GetModel);

        Assert.Equal((tampered, NsfwModelSpec.InceptionV3.Sha256), (e.Path, e.ExpectedSha256));
    }

    [Fact]
    public void NsfwClassifier_TamperedInceptionV3ClaimingItsRecordedHash_RefusedAtLoad()
    {
        var tampered = TamperedCopy(fixture.InceptionV3Model.Path);

        var e = Assert.Throws<NsfwModelIntegrityException>(() => new NsfwClassifier(new NsfwModelFile(tampered, NsfwModelSpec.InceptionV3.Sha256, NsfwModelSpec.InceptionV3)));

        Assert.Equal(tampered, e.Path);
    }

    [Fact]
    public void GetModel_OneStagesFileConfiguredForTheOther_Refused()
    {
        // The two files swapped in a deployment: each is a valid model, but not the one that stage expects.
        var first = new NsfwModelStore(new NsfwModelStoreOptions { ModelPath = fixture.InceptionV3Model.Path });
        var second = new NsfwModelStore(new NsfwModelStoreOptions { Model = NsfwModelSpec.InceptionV3, ModelPath = fixture.Model.Path });

        Assert.Equal(NsfwModelInfo.Sha256, Assert.Throws<NsfwModelIntegrityException>(first.GetModel).ExpectedSha256);
        Assert.Equal(NsfwModelSpec.InceptionV3.Sha256, Assert.Throws<NsfwModelIntegrityException>(second.GetModel).ExpectedSha256);
    }

    [Fact]
    public void GetModel_ConfiguredCopyWithOneByteFlipped_RefusedNamingThePathAndBothHashes()
    {
        var tampered = TamperedCopy();
        var store = new NsfwModelStore(new NsfwModelStoreOptions { ModelPath = tampered });

        var e = Assert.Throws<NsfwModelIntegrityException>(store.GetModel);

        var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(tampered)));
        Assert.Equal((tampered, actual, NsfwModelInfo.Sha256), (e.Path, e.ActualSha256, e.ExpectedSha256));
        Assert.Contains(tampered, e.Message, StringComparison.Ordinal);
        Assert.Contains(actual, e.Message, StringComparison.Ordinal);
        Assert.Contains(NsfwModelInfo.Sha256, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetModel_ConfiguredRealCopy_Loads()
    {
        var copy = Path.Combine(_dir.FullName, "deployed.onnx");
        File.Copy(fixture.Model.Path, copy);

        using var classifier = NsfwClassifier.Create(new NsfwModelStore(new NsfwModelStoreOptions { ModelPath = copy }));

        Assert.Equal(NsfwModelInfo.ModelVersion(NsfwModelInfo.Sha256), classifier.ModelVersion);
    }

    [Fact]
    public void GetModel_ConfiguredFileMissing_ThrowsInsteadOfLookingElsewhere()
    {
        var cache = Path.Combine(_dir.FullName, "cache.onnx");
        File.Copy(fixture.Model.Path, cache); // a valid model elsewhere must not stand in for the configured one
        var store = new NsfwModelCache(new NsfwModelCacheOptions { ModelPath = Path.Combine(_dir.FullName, "missing.onnx"), CachePath = cache });

        Assert.Throws<FileNotFoundException>(store.GetModel);
    }

    [Fact]
    public void GetModel_TamperedCacheAndImportDisabled_Refused()
    {
        var store = new NsfwModelCache(new NsfwModelCacheOptions { CachePath = TamperedCopy(), RepositoryRoot = fixture.RepositoryRoot, AllowImport = false });

        Assert.Throws<NsfwModelIntegrityException>(store.GetModel);
    }

    [Fact]
    public void NsfwClassifier_TamperedFileClaimingTheRecordedHash_RefusedAtLoad()
    {
        // The store is bypassed (or the file swapped after it checked): the classifier hashes the bytes it loads.
        var tampered = TamperedCopy();

        var e = Assert.Throws<NsfwModelIntegrityException>(() => new NsfwClassifier(new NsfwModelFile(tampered, NsfwModelInfo.Sha256)));

        Assert.Equal(tampered, e.Path);
    }

    public void Dispose() => _dir.Delete(recursive: true);

    private string TamperedCopy() => TamperedCopy(fixture.Model.Path);

    private string TamperedCopy(string original)
    {
        var bytes = File.ReadAllBytes(original);
        bytes[bytes.Length / 2] ^= 0x01;
        var path = Path.Combine(_dir.FullName, "tampered.onnx");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [GeneratedRegex(@"\|\s*\*\*SHA-256\*\*\s*\|\s*`(?<sha>[0-9a-f]{64})`")]
    private static partial Regex HashRow();

    [GeneratedRegex(@"\|\s*Model version string\s*\|\s*`(?<version>[^`]+)`")]
    private static partial Regex VersionRow();
}
