using System.Security.Cryptography;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>Each test imports into its own temporary cache path, as a clean clone would on first run.</summary>
[Collection(NsfwModelGroup.Name)]
public sealed class NsfwModelCacheTests(NsfwModelFixture fixture) : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("genscreen-nsfw-store-");

    private string CachePath => Path.Combine(_dir.FullName, "models", NsfwModelInfo.FileName);

    [Fact]
    public void GetModel_NoCachedFile_ImportsTheRecordedModel()
    {
        var store = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = fixture.RepositoryRoot, CachePath = CachePath });

        var model = store.GetModel();

        Assert.Equal(CachePath, model.Path);
        Assert.Equal(NsfwModelInfo.Sha256, model.Sha256);
        Assert.Equal(NsfwModelInfo.Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(CachePath))));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(CachePath)!, "*.tmp"));
    }

    [Fact]
    public void GetModel_ConcurrentCallers_ResolveOnceToTheSameFile()
    {
        var store = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = fixture.RepositoryRoot, CachePath = CachePath });

        var models = new NsfwModelFile[8];
        Parallel.For(0, models.Length, i => models[i] = store.GetModel());

        Assert.All(models, m => Assert.Same(models[0], m));
    }

    [Fact]
    public void GetModel_CachedFileAndImportDisabled_UsesTheCachedFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CachePath)!);
        File.Copy(fixture.Model.Path, CachePath);
        var store = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = fixture.RepositoryRoot, CachePath = CachePath, AllowImport = false });

        Assert.Equal(NsfwModelInfo.Sha256, store.GetModel().Sha256);
    }

    [Fact]
    public void GetModel_StaleCachedFile_ImportsItAgain()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CachePath)!);
        File.WriteAllText(CachePath, "not a model");
        var store = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = fixture.RepositoryRoot, CachePath = CachePath });

        Assert.Equal(NsfwModelInfo.Sha256, store.GetModel().Sha256);
    }

    [Fact]
    public void GetModel_NoFileAndImportDisabled_ThrowsFileNotFoundException()
    {
        var store = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = fixture.RepositoryRoot, CachePath = CachePath, AllowImport = false });

        Assert.Throws<FileNotFoundException>(store.GetModel);
    }

    [Fact]
    public void GetModel_ConfiguredFileWithWrongHash_ThrowsNsfwModelIntegrityException()
    {
        var configured = Path.Combine(_dir.FullName, "configured.onnx");
        File.WriteAllText(configured, "not the model");
        var store = new NsfwModelCache(new NsfwModelCacheOptions { ModelPath = configured, CachePath = CachePath });

        Assert.Throws<NsfwModelIntegrityException>(store.GetModel);
        Assert.False(File.Exists(CachePath)); // refused, not replaced by an import
    }

    [Fact]
    public void GetModel_ConfiguredFileExists_WinsOverTheCache()
    {
        var configured = Path.Combine(_dir.FullName, "deployed.onnx");
        File.Copy(fixture.Model.Path, configured);
        var store = new NsfwModelCache(new NsfwModelCacheOptions { ModelPath = configured, CachePath = CachePath, AllowImport = false });

        Assert.Equal(configured, store.GetModel().Path);
        Assert.False(File.Exists(CachePath));
    }

    [Fact]
    public void GetModel_ImportWithUnexpectedHash_ThrowsAndWritesNothing()
    {
        var store = new NsfwModelCache(new NsfwModelCacheOptions { RepositoryRoot = fixture.RepositoryRoot, CachePath = CachePath, ExpectedSha256 = new string('0', 64) });

        Assert.Throws<InvalidDataException>(store.GetModel);
        Assert.False(File.Exists(CachePath));
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
