using System.Diagnostics.Metrics;
using Azure.Data.Tables;
using GenScreen.Core.Telemetry;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Verdicts;
using GenScreen.Storage.Verdicts.Transactions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenScreen.Integration.Tests.Reliability;

/// <summary>
/// The gather window of group commit (<c>VerdictStore:GroupCommitWindow</c>), on a fake clock against a real Azurite:
/// a lane with nothing in flight sends when its oldest row has waited the window or when 100 rows wait, whichever comes
/// first, and every row is still stored once. "Sent" is observed through the writer's own transaction-size metric,
/// which is recorded synchronously when a transaction starts, so no assertion depends on how fast anything runs.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class GroupCommitWindowTests(AzuriteFixture azurite) : IDisposable
{
    private readonly List<IDisposable> _listeners = [];

    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(5);

    [Theory]
    [InlineData(VerdictTableWriter.Direct)]
    [InlineData(VerdictTableWriter.Sdk)]
    public async Task RowsWaitForTheWindow_ThenGoAsOneTransaction_EachStoredOnce(VerdictTableWriter writer)
    {
        var (store, time, table, sent) = await WarmStoreAsync(writer);

        var verdicts = Enumerable.Range(1, 3).Select(i => JournaledVerdicts.Make(i) with { VerdictId = store.NewVerdictId() }).ToList();
        var writes = verdicts.Select(v => store.SaveAsync(v, CancellationToken.None)).ToList();
        Assert.Empty(sent.Rows);
        time.Advance(Window - TimeSpan.FromMilliseconds(1));
        Assert.Empty(sent.Rows);
        Assert.All(writes, w => Assert.False(w.IsCompleted));

        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal([3], sent.Rows);
        Assert.All(await Task.WhenAll(writes), r => Assert.Equal(VerdictWriteOutcome.Stored, r.Outcome));
        var rows = await new TableClient(azurite.ConnectionString, table).QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(4, rows.Count); // the warm-up's row and these three
        Assert.Subset(rows.Select(r => r.RowKey).ToHashSet(), verdicts.Select(v => v.VerdictId).ToHashSet());
    }

    [Theory]
    [InlineData(VerdictTableWriter.Direct)]
    [InlineData(VerdictTableWriter.Sdk)]
    public async Task HundredRowsWaiting_GoAtOnce_WithoutTheClockMoving(VerdictTableWriter writer)
    {
        var (store, time, table, sent) = await WarmStoreAsync(writer);

        var writes = Enumerable.Range(1, VerdictGroupCommitWriter.MaxBatch)
            .Select(i => store.SaveAsync(JournaledVerdicts.Make(i) with { VerdictId = store.NewVerdictId() }, CancellationToken.None)).ToList();

        Assert.Equal([100], sent.Rows);
        Assert.All(await Task.WhenAll(writes), r => Assert.Equal(VerdictWriteOutcome.Stored, r.Outcome));

        // The next row starts a new gather: it waits for the window again.
        var next = store.SaveAsync(JournaledVerdicts.Make(500) with { VerdictId = store.NewVerdictId() }, CancellationToken.None);
        Assert.Equal([100], sent.Rows);
        time.Advance(Window);
        Assert.Equal(VerdictWriteOutcome.Stored, (await next).Outcome);
        Assert.Equal([100, 1], sent.Rows);
        var rows = await new TableClient(azurite.ConnectionString, table).QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(102, rows.Count);
    }

    [Fact]
    public void Options_WindowOutsideZeroToFiftyMilliseconds_IsRejected()
    {
        static bool Valid(TimeSpan window)
        {
            var options = new VerdictStoreOptions { IdKey = new string('k', 40), GroupCommitWindow = window };
            return System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), null, validateAllProperties: true);
        }

        Assert.True(Valid(TimeSpan.Zero));
        Assert.True(Valid(TimeSpan.FromMilliseconds(50)));
        Assert.False(Valid(TimeSpan.FromMilliseconds(51)));
        Assert.False(Valid(TimeSpan.FromMilliseconds(-1)));
    }

    /// <summary>A store with one lane and the window, its table created and its first row written (which waits for the window too).</summary>
    private async Task<(TablePromptVerdictStore Store, FakeTimeProvider Time, string Table, SentTransactions Sent)> WarmStoreAsync(VerdictTableWriter writer)
    {
        var table = AzuriteFixture.UniqueTableName();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-02T05:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var store = new TablePromptVerdictStore(
            new TableServiceClient(azurite.ConnectionString),
            Options.Create(new VerdictStoreOptions { TableName = table, GroupCommitLanes = 1, GroupCommitWindow = Window, WriteTimeout = TimeSpan.FromSeconds(60) }),
            new VerdictRetryBacklog(1),
            NullLogger<TablePromptVerdictStore>.Instance,
            time: time,
            writers: Writers.For(writer, azurite.ConnectionString));
        var sent = new SentTransactions(table);
        _listeners.Add(sent);
        var warmUp = store.SaveAsync(JournaledVerdicts.Make(0) with { VerdictId = store.NewVerdictId() }, CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(60); // the table is created over real HTTP first; then the window is on the fake clock
        while (!warmUp.IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(Window);
            await Task.WhenAny(warmUp, Task.Delay(50));
        }

        Assert.Equal(VerdictWriteOutcome.Stored, (await warmUp).Outcome);
        sent.Rows.Clear();
        return (store, time, table, sent);
    }

    public void Dispose() => _listeners.ForEach(l => l.Dispose());

    /// <summary>The sizes of the transactions the writer sent to one table, in order (from genscreen.storage.transaction.rows).</summary>
    private sealed class SentTransactions : IDisposable
    {
        private readonly MeterListener _listener = new();

        public SentTransactions(string table)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == GenScreenMetrics.MeterName && instrument.Name == "genscreen.storage.transaction.rows")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<int>((_, rows, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "genscreen.table" && (string?)tag.Value == table)
                    {
                        lock (Rows)
                        {
                            Rows.Add(rows);
                        }
                    }
                }
            });
            _listener.Start();
        }

        public List<int> Rows { get; } = [];

        public void Dispose() => _listener.Dispose();
    }
}
