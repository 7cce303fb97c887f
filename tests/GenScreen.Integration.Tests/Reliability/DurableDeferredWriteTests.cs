using Azure.Data.Tables;
using GenScreen.ContentSafety.Tests;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.LocalDev.Azurite;
using GenScreen.Storage.Verdicts;
using GenScreen.Storage.Verdicts.Journal;
using GenScreen.Storage.Verdicts.Transactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.Reliability;

/// <summary>
/// Deferred verdicts survive a crash during a table outage: real Azurite is killed, verdicts are answered
/// "deferred", the writing process is abandoned without draining, a fresh Azurite comes up and a second process
/// on the same journal writes every one of them exactly once — including those the first had already written.
/// </summary>
public sealed class DurableDeferredWriteTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("genscreen-journal-").FullName;

    [Theory]
    [InlineData(VerdictTableWriter.Direct)]
    [InlineData(VerdictTableWriter.Sdk)]
    public async Task AzuriteKilled_ProcessAbandoned_SecondProcessReplaysEveryDeferredVerdictExactlyOnce(VerdictTableWriter writer)
    {
        var journalPath = Path.Combine(_directory, $"verdicts-{writer}.journal");
        var table = AzuriteFixture.UniqueTableName();
        var verdicts = Enumerable.Range(0, 40).Select(JournaledVerdicts.Make).ToList();

        // Process 1: its Azurite dies; every write is answered "deferred", and the process goes away without draining.
        var first = await AzuriteRunner.StartAsync(new AzuriteOptions { InMemory = true });
        var firstBacklog = new VerdictRetryBacklog(1_000, () => VerdictJournal.Open(journalPath, NullLogger<VerdictJournal>.Instance));
        var firstStore = Store(first.ConnectionString, table, firstBacklog, writer);
        await first.DisposeAsync(); // kills node
        foreach (var verdict in verdicts)
        {
            Assert.Equal(VerdictWriteOutcome.Deferred, (await firstStore.SaveAsync(verdict, CancellationToken.None)).Outcome);
        }

        Assert.Equal(verdicts.Count, firstBacklog.Pending);
        firstBacklog.Dispose(); // the crash: nothing drained; only what fsync put on disk remains

        // Azurite is back (a new one, empty); a few rows got there before the crash (written, not yet cut from the journal).
        await using var second = await AzuriteRunner.StartAsync(new AzuriteOptions { InMemory = true });
        var tableClient = new TableClient(second.ConnectionString, table);
        await tableClient.CreateIfNotExistsAsync();
        var alreadyWritten = verdicts.Take(5).ToList();
        var plainStore = Store(second.ConnectionString, table, new VerdictRetryBacklog(1), writer);
        foreach (var verdict in alreadyWritten)
        {
            Assert.Equal(VerdictWriteOutcome.Stored, (await plainStore.SaveAsync(verdict, CancellationToken.None)).Outcome);
        }

        // Process 2 opens the journal at start and drains it.
        var logs = new ListLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        using var secondBacklog = new VerdictRetryBacklog(1_000, () => VerdictJournal.Open(journalPath, loggers.CreateLogger<VerdictJournal>()));
        var secondStore = Store(second.ConnectionString, table, secondBacklog, writer);
        using var retries = new VerdictRetryService(secondBacklog, secondStore, TimeProvider.System, loggers.CreateLogger<VerdictRetryService>());
        await retries.StartAsync(CancellationToken.None);
        // The service opens the journal on its own thread: wait until it has (its log line), then until it drained.
        await Eventually.GetAsync(async () => logs.Lines.FirstOrDefault(l => l.Contains("left unwritten", StringComparison.Ordinal)), "the journal replayed");
        await Eventually.GetAsync(async () => secondBacklog.Pending == 0 ? "drained" : null, "the replayed backlog drained");
        await retries.StopAsync(CancellationToken.None);

        var rows = await tableClient.QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(verdicts.Select(v => v.VerdictId).Order(), rows.Select(r => r.RowKey).Order());
        foreach (var verdict in verdicts)
        {
            var stored = await secondStore.GetAsync(verdict.VerdictId, CancellationToken.None);
            Assert.NotNull(stored);
            Assert.Equal(verdict.Verdict.Decision, stored.Verdict.Decision);
            Assert.Equal(verdict.Inputs, stored.Inputs);
            Assert.Equal(verdict.Prompt, stored.Prompt);
            Assert.Equal(verdict.ScreenedAt, stored.ScreenedAt);
            Assert.Equal(verdict.ScreenMilliseconds, stored.ScreenMilliseconds);
        }

        Assert.Contains(logs.Lines, l => l.Contains($"{verdicts.Count} verdict(s) left unwritten", StringComparison.Ordinal));
        Assert.Equal(alreadyWritten.Count, logs.Lines.Count(l => l.Contains("(Replayed)", StringComparison.Ordinal)));
        Assert.Equal(verdicts.Count - alreadyWritten.Count, logs.Lines.Count(l => l.Contains("(Stored)", StringComparison.Ordinal)));
        Assert.Equal(0, new FileInfo(journalPath).Length); // drained: the journal is emptied
    }

    [Fact]
    public async Task DrainedJournal_ReopenedAfterAnotherCrash_RecoversNothing()
    {
        var journalPath = Path.Combine(_directory, "drained.journal");
        await using var azurite = await AzuriteRunner.StartAsync(new AzuriteOptions { InMemory = true });
        var table = AzuriteFixture.UniqueTableName();
        using (var backlog = new VerdictRetryBacklog(10, () => VerdictJournal.Open(journalPath, NullLogger<VerdictJournal>.Instance)))
        {
            var store = Store(azurite.ConnectionString, table, backlog);
            Assert.True(backlog.TryEnqueue(JournaledVerdicts.Make(1)));
            Assert.True(backlog.TryEnqueue(JournaledVerdicts.Make(2)));
            using var retries = new VerdictRetryService(backlog, store, TimeProvider.System, NullLogger<VerdictRetryService>.Instance);
            await retries.StartAsync(CancellationToken.None);
            await Eventually.GetAsync(async () => backlog.Pending == 0 ? "drained" : null, "the backlog drained");
            await retries.StopAsync(CancellationToken.None);
        }

        var (journal, recovered) = VerdictJournal.Open(journalPath, NullLogger<VerdictJournal>.Instance);
        journal.Dispose();
        Assert.Empty(recovered);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static TablePromptVerdictStore Store(string connectionString, string table, VerdictRetryBacklog backlog, VerdictTableWriter writer = VerdictTableWriter.Direct)
    {
        static TableClientOptions Options()
        {
            var options = new TableClientOptions();
            options.Retry.MaxRetries = 0; // a dead emulator fails at once; the budget below is the fallback
            return options;
        }

        return new TablePromptVerdictStore(
            new TableServiceClient(connectionString, Options()),
            Microsoft.Extensions.Options.Options.Create(new VerdictStoreOptions { TableName = table, WriteTimeout = TimeSpan.FromSeconds(5) }),
            backlog,
            NullLogger<TablePromptVerdictStore>.Instance,
            writers: writer == VerdictTableWriter.Sdk ? TableWriters.Sdk : TableWriters.Direct(DirectTableConnection.FromConnectionString(connectionString, Options())));
    }
}
