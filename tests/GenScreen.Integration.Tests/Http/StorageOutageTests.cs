using Azure.Data.Tables;
using GenScreen.Integration.Tests.Fixtures;

namespace GenScreen.Integration.Tests.Http;

/// <summary>The verdict table goes away: the decision is still returned, the response says the write was deferred, and the write lands once the table is back.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class StorageOutageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ScreenPrompt_TableUnreachable_ReturnsDecisionAndWritesAfterRecovery()
    {
        await using var proxy = new FlakyTcpProxy(azurite.Azurite.TablePort) { IsDown = true };
        var viaProxy = azurite.ConnectionString.Replace($":{azurite.Azurite.TablePort}/", $":{proxy.Port}/", StringComparison.Ordinal);
        await using var host = await RunningHost.StartAsync(viaProxy, new Dictionary<string, string?> { ["VerdictStore:WriteTimeout"] = "00:00:01" });

        using var response = await host.PostJsonAsync("""{"prompt":"little girl, nude","requestId":"outage-1"}""");
        var verdict = await JsonAssert.ReadAsync(response);
        var id = verdict.GetProperty("verdictId").GetString()!;

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("block", verdict.GetProperty("decision").GetString());
        Assert.Equal("deferred", response.Headers.GetValues("GenScreen-Storage").Single());

        proxy.IsDown = false;
        var table = new TableClient(azurite.ConnectionString, host.TableName);
        var row = await Eventually.GetAsync(async () =>
        {
            try
            {
                var found = await table.GetEntityIfExistsAsync<TableEntity>(id[..2], id);
                return found.HasValue ? found.Value : null;
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 404)
            {
                return null; // table not created yet
            }
        }, "the deferred verdict row");

        Assert.Equal("block", row.GetString("Decision"));
    }
}
