using GenScreen.Storage.Rescreen;
using Azure.Data.Tables;
using GenScreen.Cli.Bulk;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Core.Configuration;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Tests.Rescreen;

/// <summary>One row at a time against Azurite: the ETag-guarded update and what happens when it loses a race.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class PromptRescreenTargetTests(AzuriteFixture azurite)
{
    private static readonly Core.Prompts.PromptScreener Candidate = ScreeningSetup.CreateScreener(new ScreeningOptions { BlockTerms = ["sexual:6:lighthouse"] });

    private readonly VerdictTables _tables = new(azurite.ConnectionString);

    [Fact]
    public async Task TryReplaceVerdict_RowChangedSinceRead_RefusedWithoutWriting()
    {
        var id = await _tables.SaveAsync("a lighthouse on a cliff", "strict");
        var table = new PromptVerdictTable(_tables.Service.GetTableClient(_tables.Verdicts));
        var stale = await ReadRowAsync(table, id);
        await TouchAsync(id);

        var replaced = await table.TryReplaceVerdictAsync(stale, Candidate.Screen("a lighthouse on a cliff", null, "strict"), DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.False(replaced);
        Assert.Equal(Decision.Allow, (await _tables.GetAsync(id)).Verdict.Decision);
    }

    [Fact]
    public async Task Rescreen_StaleRow_ReReadAndWrittenFromTheRowAsItIsNow()
    {
        var id = await _tables.SaveAsync("a lighthouse on a cliff", "strict");
        var table = new PromptVerdictTable(_tables.Service.GetTableClient(_tables.Verdicts));
        var target = new PromptRescreenTarget(table, _tables.History, Candidate, TimeProvider.System);
        await target.PrepareAsync(apply: true, CancellationToken.None);
        var stale = await ReadRowAsync(table, id);
        await TouchAsync(id);

        var result = await target.RescreenAsync(stale, apply: true, CancellationToken.None);

        Assert.Equal(RescreenStatus.Rescreened, result.Status);
        Assert.Equal((Decision.Allow, Decision.Block), (result.Change!.Before, result.Change.After));
        var now = await _tables.GetAsync(id);
        Assert.Equal(Candidate.PolicyVersion, now.Verdict.PolicyVersion);
        Assert.Single(await _tables.History.GetHistoryAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task Rescreen_RowDeletedMeanwhile_ReportedAsDeleted()
    {
        var id = await _tables.SaveAsync("a lighthouse on a cliff", "strict");
        var table = new PromptVerdictTable(_tables.Service.GetTableClient(_tables.Verdicts));
        var target = new PromptRescreenTarget(table, _tables.History, Candidate, TimeProvider.System);
        await target.PrepareAsync(apply: true, CancellationToken.None);
        var stale = await ReadRowAsync(table, id);
        await _tables.Service.GetTableClient(_tables.Verdicts).DeleteEntityAsync(VerdictIds.PartitionOf(id), id);

        var result = await target.RescreenAsync(stale, apply: true, CancellationToken.None);

        Assert.Equal(RescreenStatus.Deleted, result.Status);
        Assert.True(result.IsSettled);
    }

    private static async Task<PromptVerdictRow> ReadRowAsync(PromptVerdictTable table, string id) =>
        await table.GetRowAsync(id, CancellationToken.None) ?? throw new InvalidOperationException("row missing");

    /// <summary>Another writer changes the row (a new ETag), as a concurrent rescreen run would.</summary>
    private async Task TouchAsync(string id)
    {
        var client = _tables.Service.GetTableClient(_tables.Verdicts);
        var entity = new TableEntity(VerdictIds.PartitionOf(id), id) { ["Touched"] = true };
        await client.UpdateEntityAsync(entity, Azure.ETag.All, TableUpdateMode.Merge);
    }
}
