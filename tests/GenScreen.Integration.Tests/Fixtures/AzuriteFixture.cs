using GenScreen.LocalDev.Azurite;

namespace GenScreen.Integration.Tests.Fixtures;

/// <summary>One real Azurite (in memory, OS-chosen ports) per test collection; tests use their own tables.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteRunner? _azurite;

    public AzuriteRunner Azurite => _azurite ?? throw new InvalidOperationException("Azurite not started.");

    public string ConnectionString => Azurite.ConnectionString;

    public async Task InitializeAsync() => _azurite = await AzuriteRunner.StartAsync(new AzuriteOptions { InMemory = true });

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>A table name no other test uses.</summary>
    public static string UniqueTableName() => "T" + Guid.NewGuid().ToString("N")[..20];
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
