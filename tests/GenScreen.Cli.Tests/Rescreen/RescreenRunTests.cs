using GenScreen.Cli.Bulk;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Tests.Rescreen;

/// <summary>The run engine with a scripted target and a real checkpoint table: where the checkpoint may and may not move.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class RescreenRunTests(AzuriteFixture azurite)
{
    private readonly VerdictTables _tables = new(azurite.ConnectionString);

    private RescreenCheckpointStore Checkpoints => new(_tables.Service.GetTableClient(_tables.Checkpoints));

    [Fact]
    public async Task RunAsync_RowFails_CheckpointStaysBeforeItAndTheNextRunRetriesIt()
    {
        var target = new ScriptedRescreenTarget(5) { FailingRows = { 2 } };
        var settings = new RescreenSettings(Apply: true, Limit: null, Restart: false, PageSize: 2, Parallelism: 2);

        var first = await RescreenRun.RunAsync(target, Checkpoints, settings, (_, _) => { }, TimeProvider.System, CancellationToken.None);
        target.FailingRows.Clear();
        var second = await RescreenRun.RunAsync(target, Checkpoints, settings, (_, _) => { }, TimeProvider.System, CancellationToken.None);

        Assert.False(first.Completed);
        Assert.Equal(5, first.Scanned);
        Assert.Equal(1, first.Unsettled);
        Assert.Equal(ScriptedRescreenTarget.Key(1), first.Checkpoint);
        Assert.Equal(ScriptedRescreenTarget.Key(1), second.ResumedAfter);
        Assert.Equal(3, second.Scanned);
        Assert.True(second.Completed);
        var checkpoint = await Checkpoints.GetAsync("scripted:rows", ScriptedRescreenTarget.Version, CancellationToken.None);
        Assert.True(checkpoint!.Completed);
        Assert.Equal(8, checkpoint.RowsDone);
    }

    [Fact]
    public async Task RunAsync_DryRun_NoCheckpointWritten()
    {
        var target = new ScriptedRescreenTarget(3);

        var report = await RescreenRun.RunAsync(target, Checkpoints, new RescreenSettings(false, 2, false, 10, 1), (_, _) => { }, TimeProvider.System, CancellationToken.None);

        Assert.True(report.StoppedAtLimit);
        Assert.Equal(2, report.Scanned);
        Assert.Null(await Checkpoints.GetAsync("scripted:rows", ScriptedRescreenTarget.Version, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_Restart_IgnoresAnUnfinishedCheckpoint()
    {
        var target = new ScriptedRescreenTarget(4);
        await RescreenRun.RunAsync(target, Checkpoints, new RescreenSettings(true, 2, false, 10, 1), (_, _) => { }, TimeProvider.System, CancellationToken.None);

        var restarted = await RescreenRun.RunAsync(target, Checkpoints, new RescreenSettings(true, null, true, 10, 1), (_, _) => { }, TimeProvider.System, CancellationToken.None);

        Assert.Null(restarted.ResumedAfter);
        Assert.Equal(4, restarted.Scanned);
    }
}
