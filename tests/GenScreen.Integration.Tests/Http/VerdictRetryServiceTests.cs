using Azure.Data.Tables;
using GenScreen.ContentSafety.Tests;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.Http;

/// <summary>
/// The deferred-write backlog against a real table behind a switchable proxy, on a fake clock: retries happen
/// when the backoff has elapsed (250 ms, then doubling), not before, and the write lands once the table is back.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class VerdictRetryServiceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Backlog_TableDown_RetriesAfterEachBackoffAndWritesOnceTheTableIsBack()
    {
        await using var proxy = new FlakyTcpProxy(azurite.Azurite.TablePort) { IsDown = true };
        var viaProxy = azurite.ConnectionString.Replace($":{azurite.Azurite.TablePort}/", $":{proxy.Port}/", StringComparison.Ordinal);
        var tableOptions = new TableClientOptions();
        tableOptions.Retry.MaxRetries = 0; // one request per store attempt: the backoff under test is the service's own
        var tableName = AzuriteFixture.UniqueTableName();
        var backlog = new VerdictRetryBacklog(4);
        var store = new TablePromptVerdictStore(new TableServiceClient(viaProxy, tableOptions), Options.Create(new VerdictStoreOptions { TableName = tableName }), backlog, NullLogger<TablePromptVerdictStore>.Instance);
        var clock = new TestClock();
        using var retries = new VerdictRetryService(backlog, store, clock, NullLogger<VerdictRetryService>.Instance);
        await retries.StartAsync(CancellationToken.None);
        var id = VerdictIds.NewRandom();
        var verdict = ScreeningSetup.CreateScreener(new ScreeningOptions()).Screen("a lighthouse on a cliff", null, "strict");
        Assert.True(backlog.TryEnqueue(new StoredPromptVerdict(id, verdict, PromptHash.Of("a lighthouse on a cliff"), null, 23, null, null, "req-retry", "user-1", "sdxl", DateTimeOffset.UtcNow)));

        Assert.Equal(TimeSpan.FromMilliseconds(250), await clock.WaitForTimerAsync(1)); // attempt 1 failed
        clock.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Equal(TimeSpan.FromMilliseconds(500), await clock.WaitForTimerAsync(2)); // attempt 2 failed: doubled
        proxy.IsDown = false;
        Assert.Null(await ReadAsync(azurite.ConnectionString, tableName, id)); // nothing written while down
        clock.Advance(TimeSpan.FromMilliseconds(500));
        var row = await Eventually.GetAsync(() => ReadAsync(azurite.ConnectionString, tableName, id), "the deferred verdict row");

        Assert.Equal(verdict.Decision.ToString().ToLowerInvariant(), row.GetString("Decision"));
        Assert.Equal(2, clock.Timers.Count); // attempt 3 succeeded: no further wait
        Assert.Equal(0, backlog.Pending);
        await retries.StopAsync(CancellationToken.None);
    }

    private static async Task<TableEntity?> ReadAsync(string connectionString, string tableName, string id)
    {
        try
        {
            var found = await new TableClient(connectionString, tableName).GetEntityIfExistsAsync<TableEntity>(VerdictIds.PartitionOf(id), id);
            return found.HasValue ? found.Value : null;
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return null; // table not created yet
        }
    }
}
