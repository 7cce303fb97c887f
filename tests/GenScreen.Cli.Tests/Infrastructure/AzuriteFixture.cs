using GenScreen.LocalDev.Azurite;

namespace GenScreen.Cli.Tests.Infrastructure;

/// <summary>One real Azurite (in memory, OS-chosen ports) for the rescreen tests; each test uses its own tables.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteRunner? _azurite;

    public string ConnectionString => (_azurite ?? throw new InvalidOperationException("Azurite not started.")).ConnectionString;

    public async Task InitializeAsync() => _azurite = await AzuriteRunner.StartAsync(new AzuriteOptions { InMemory = true });

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>A table name no other test uses.</summary>
    public static string UniqueTableName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16];
}
