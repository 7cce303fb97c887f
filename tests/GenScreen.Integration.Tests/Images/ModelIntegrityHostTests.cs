using GenScreen.LocalDev;
using GenScreen.LocalHost;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport;
using GenScreen.Integration.Tests.Fixtures;

namespace GenScreen.Integration.Tests.Images;

/// <summary>The host loads and hash-checks the NSFW model at start-up: an altered model file stops it from starting at all.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ModelIntegrityHostTests(AzuriteFixture azurite) : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("genscreen-model-host-");

    [Fact]
    public async Task Start_ModelWithOneByteFlipped_RefusesToStart()
    {
        var model = Path.Combine(_dir.FullName, NsfwModelInfo.FileName);
        var bytes = await File.ReadAllBytesAsync(RealModel());
        bytes[^100] ^= 0x80;
        await File.WriteAllBytesAsync(model, bytes);
        await using var app = LocalWebHost.Build("http://127.0.0.1:0", Settings(model));

        var e = await Assert.ThrowsAsync<NsfwModelIntegrityException>(() => app.StartAsync());

        Assert.Equal(model, e.Path);
        Assert.Equal(NsfwModelInfo.Sha256, e.ExpectedSha256);
    }

    [Fact]
    public async Task Start_TheRecordedModel_Starts()
    {
        var model = Path.Combine(_dir.FullName, NsfwModelInfo.FileName);
        File.Copy(RealModel(), model);
        await using var app = LocalWebHost.Build("http://127.0.0.1:0", Settings(model));

        await app.StartAsync();

        await app.StopAsync();
    }

    public void Dispose() => _dir.Delete(recursive: true);

    private static string RealModel() =>
        NsfwModelCache.EnsureFile(RepositoryRoot.Find());

    private Dictionary<string, string?> Settings(string modelPath)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        return new Dictionary<string, string?>
        {
            ["GenScreenStorage"] = azurite.ConnectionString,
            ["VerdictStore:TableName"] = AzuriteFixture.UniqueTableName(),
            ["VerdictStore:IdKey"] = RunningHost.NewKey(),
            ["ImageScreening:Enabled"] = "true",
            ["ImageScreening:IncomingContainer"] = $"in-{id}",
            ["ImageScreening:QuarantineContainer"] = $"q-{id}",
            ["ImageScreening:VerdictTable"] = $"Img{id}",
            ["ImageScreening:PollInterval"] = TimeSpan.FromMinutes(10).ToString(),
            ["ImageScreening:ModelPath"] = modelPath,
        };
    }
}
