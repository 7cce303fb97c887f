using Azure.Data.Tables;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Verdicts;
using GenScreen.Storage.Verdicts.Transactions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.Reliability;

/// <summary>
/// Group commit keeps the create-once semantics: the inserts queued behind one in flight go as one transaction,
/// and when that transaction holds a row that already exists (a retried request, or a reused id with other
/// inputs) the others are still written, the retry is answered from the stored row and the reuse is a conflict.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class GroupCommitWriteTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(true, VerdictTableWriter.Direct)]
    [InlineData(true, VerdictTableWriter.Sdk)]
    [InlineData(false, VerdictTableWriter.Direct)]
    [InlineData(false, VerdictTableWriter.Sdk)]
    public async Task OnePartition_ManyAtOnce_WithAReplayAndAConflictInside_EveryOtherRowIsStoredOnce(bool groupCommit, VerdictTableWriter writer)
    {
        var table = AzuriteFixture.UniqueTableName();
        var store = new TablePromptVerdictStore(
            new TableServiceClient(azurite.ConnectionString),
            Options.Create(new VerdictStoreOptions { TableName = table, GroupCommit = groupCommit, WriteTimeout = TimeSpan.FromSeconds(60) }),
            new VerdictRetryBacklog(1),
            NullLogger<TablePromptVerdictStore>.Instance,
            writers: Writers.For(writer, azurite.ConnectionString));
        var verdicts = Enumerable.Range(0, 150).Select(i => InPartition("ab", JournaledVerdicts.Make(i))).ToList();
        var retried = verdicts[40];
        var reused = verdicts[90];
        Assert.Equal(VerdictWriteOutcome.Stored, (await store.SaveAsync(retried, CancellationToken.None)).Outcome);
        Assert.Equal(VerdictWriteOutcome.Stored, (await store.SaveAsync(reused, CancellationToken.None)).Outcome);
        var reusedWithOtherPolicy = reused with { Verdict = reused.Verdict with { Policy = reused.Verdict.Policy == "strict" ? "mature" : "strict" } };

        // Started together: the first goes alone, the rest queue behind it and go in transactions of up to 100.
        var writes = verdicts.Select(v => v == reused ? reusedWithOtherPolicy : v).Select(v => store.SaveAsync(v, CancellationToken.None)).ToList();
        var outcomes = (await Task.WhenAll(writes)).Select(r => r.Outcome).ToList();

        Assert.Equal(VerdictWriteOutcome.Replayed, outcomes[40]);
        Assert.Equal(VerdictWriteOutcome.Conflict, outcomes[90]);
        Assert.All(outcomes.Where((_, i) => i is not 40 and not 90), o => Assert.Equal(VerdictWriteOutcome.Stored, o));
        var rows = await new TableClient(azurite.ConnectionString, table).QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(verdicts.Select(v => v.VerdictId).Order(), rows.Select(r => r.RowKey).Order());
        Assert.Equal(reused.Verdict.Policy, rows.Single(r => r.RowKey == reused.VerdictId).GetString("Policy")); // the first write stands
    }

    [Theory]
    [InlineData(VerdictTableWriter.Direct)]
    [InlineData(VerdictTableWriter.Sdk)]
    public async Task SameIdTwiceInOneBurst_OneRow_TheSecondIsAReplay(VerdictTableWriter writer)
    {
        var table = AzuriteFixture.UniqueTableName();
        var store = new TablePromptVerdictStore(
            new TableServiceClient(azurite.ConnectionString),
            Options.Create(new VerdictStoreOptions { TableName = table, WriteTimeout = TimeSpan.FromSeconds(60) }),
            new VerdictRetryBacklog(1),
            NullLogger<TablePromptVerdictStore>.Instance,
            writers: Writers.For(writer, azurite.ConnectionString));
        var warmUp = InPartition("cd", JournaledVerdicts.Make(0));
        await store.SaveAsync(warmUp, CancellationToken.None);
        var verdicts = Enumerable.Range(1, 10).Select(i => InPartition("cd", JournaledVerdicts.Make(i))).ToList();

        var writes = verdicts.Append(verdicts[3]).Select(v => store.SaveAsync(v, CancellationToken.None)).ToList();
        var outcomes = (await Task.WhenAll(writes)).Select(r => r.Outcome).ToList();

        Assert.Equal(10, outcomes.Count(o => o == VerdictWriteOutcome.Stored));
        Assert.Equal(VerdictWriteOutcome.Replayed, outcomes[^1]);
        var rows = await new TableClient(azurite.ConnectionString, table).QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(11, rows.Count);
    }

    /// <summary>
    /// Random ids come from the lanes, so a burst of verdicts without a requestId lands in a few partitions and few
    /// transactions instead of one insert per verdict (with 256 partitions, 150 uniformly random ids would hit about
    /// 115 of them: the assertion fails for ids from <see cref="VerdictIds.NewRandom"/>). Every row is still
    /// stored once, readable by its id, and the ids stay well-formed and distinct.
    /// </summary>
    [Theory]
    [InlineData(1, VerdictTableWriter.Direct)]
    [InlineData(2, VerdictTableWriter.Direct)]
    [InlineData(1, VerdictTableWriter.Sdk)]
    [InlineData(2, VerdictTableWriter.Sdk)]
    public async Task BurstOfRandomIds_GathersInFewPartitions_EveryRowStoredOnceAndReadable(int lanes, VerdictTableWriter writer)
    {
        var table = AzuriteFixture.UniqueTableName();
        var store = new TablePromptVerdictStore(
            new TableServiceClient(azurite.ConnectionString),
            Options.Create(new VerdictStoreOptions { TableName = table, GroupCommitLanes = lanes, WriteTimeout = TimeSpan.FromSeconds(60) }),
            new VerdictRetryBacklog(1),
            NullLogger<TablePromptVerdictStore>.Instance,
            writers: Writers.For(writer, azurite.ConnectionString));
        await store.SaveAsync(JournaledVerdicts.Make(0), CancellationToken.None); // creates the table: not part of the burst

        // As the handler does: an id, then the write, for each request of a burst that arrives at once. Screened before the
        // burst, so the burst is ids and writes only: screening inside it (slow on a loaded machine) let transactions return
        // mid-burst and move the lane on, more often the faster the writer.
        var screened = Enumerable.Range(1, 150).Select(JournaledVerdicts.Make).ToList();
        var verdicts = new List<StoredPromptVerdict>();
        var writes = new List<Task<VerdictWriteResult>>();
        for (var i = 1; i <= 150; i++)
        {
            var verdict = screened[i - 1] with { VerdictId = store.NewVerdictId() };
            verdicts.Add(verdict);
            writes.Add(store.SaveAsync(verdict, CancellationToken.None));
        }

        var outcomes = await Task.WhenAll(writes);

        Assert.All(outcomes, o => Assert.Equal(VerdictWriteOutcome.Stored, o.Outcome));
        Assert.All(verdicts, v => Assert.True(VerdictIds.IsValid(v.VerdictId)));
        Assert.Equal(150, verdicts.Select(v => v.VerdictId).Distinct().Count());
        var partitions = verdicts.Select(v => VerdictIds.PartitionOf(v.VerdictId)).Distinct().Count();
        Assert.InRange(partitions, 1, 4 * lanes);
        foreach (var v in verdicts.Where((_, i) => i % 10 == 0))
        {
            Assert.Equal(v.Verdict.Decision, (await store.GetAsync(v.VerdictId, CancellationToken.None))!.Verdict.Decision);
        }

        var rows = await new TableClient(azurite.ConnectionString, table).QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(151, rows.Count);
    }

    private static StoredPromptVerdict InPartition(string partition, StoredPromptVerdict verdict) =>
        verdict with { VerdictId = partition + verdict.VerdictId[2..] };
}
