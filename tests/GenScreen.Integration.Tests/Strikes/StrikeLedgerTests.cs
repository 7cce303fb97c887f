using System.Globalization;
using Azure.Data.Tables;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Strikes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenScreen.Integration.Tests.Strikes;

/// <summary>Strikes on real Azurite, the clock moved with FakeTimeProvider across the sliding window.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class StrikeLedgerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-01T12:00:00Z", CultureInfo.InvariantCulture);
    private readonly FakeTimeProvider _clock = new(Start);

    private StrikeLedger NewLedger(StrikeOptions? options = null) =>
        new(new TableClient(azurite.ConnectionString, AzuriteFixture.UniqueTableName()), Options.Create(options ?? new StrikeOptions()), _clock);

    [Fact]
    public async Task Thresholds_DefaultsWarnAt3ReviewAt5MuteAt8()
    {
        var ledger = NewLedger();
        var seen = new List<Escalation>();
        for (var i = 1; i <= 8; i++)
        {
            await ledger.RecordAsync("user-1", Id(i), "prompt", _clock.GetUtcNow(), "term.sexual", CancellationToken.None);
            seen.Add((await ledger.GetSummaryAsync("user-1", CancellationToken.None)).Escalation);
            _clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(
            [Escalation.None, Escalation.None, Escalation.Warn, Escalation.Warn, Escalation.Review, Escalation.Review, Escalation.Review, Escalation.Mute],
            seen);
        Assert.Equal(Escalation.None, (await ledger.GetSummaryAsync("someone-else", CancellationToken.None)).Escalation);
        for (var i = 9; i <= 11; i++)
        {
            await ledger.RecordAsync("user-1", Id(i), "prompt", _clock.GetUtcNow(), null, CancellationToken.None);
        }

        Assert.Equal(11, (await ledger.GetSummaryAsync("user-1", CancellationToken.None)).Count);
        Assert.Equal(Escalation.Mute, await ledger.GetEscalationAsync("user-1", CancellationToken.None)); // reads only up to MuteAt rows
    }

    [Fact]
    public async Task Window_StrikesOlderThan30DaysStopCounting_AtTheBoundary()
    {
        var ledger = NewLedger();
        await ledger.RecordAsync("user-2", Id(1), "prompt", _clock.GetUtcNow(), null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(10));
        await ledger.RecordAsync("user-2", Id(2), "prompt", _clock.GetUtcNow(), null, CancellationToken.None);
        await ledger.RecordAsync("user-2", Id(3), "prompt", _clock.GetUtcNow(), null, CancellationToken.None);

        _clock.Advance(TimeSpan.FromDays(20) - TimeSpan.FromSeconds(1)); // the first strike is 30 days less a second old
        var inside = await ledger.GetSummaryAsync("user-2", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1)); // exactly 30 days: out
        var boundary = await ledger.GetSummaryAsync("user-2", CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(10)); // all out
        var later = await ledger.GetSummaryAsync("user-2", CancellationToken.None);

        Assert.Equal(3, inside.Count);
        Assert.Equal(Escalation.Warn, inside.Escalation);
        Assert.Equal(2, boundary.Count);
        Assert.Equal(Escalation.None, boundary.Escalation);
        Assert.Equal([Id(2), Id(3)], boundary.Strikes.Select(s => s.VerdictId).Order().ToList());
        Assert.Equal(0, later.Count);
    }

    [Fact]
    public async Task SameVerdictRecordedTwice_CountsOnce()
    {
        var ledger = NewLedger();
        var at = _clock.GetUtcNow();

        var first = await ledger.RecordAsync("user-3", Id(1), "prompt", at, null, CancellationToken.None);
        var replay = await ledger.RecordAsync("user-3", Id(1), "prompt", at, null, CancellationToken.None);

        Assert.True(first);
        Assert.False(replay);
        Assert.Equal(1, (await ledger.GetSummaryAsync("user-3", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Clear_AuditedAndOnlyLaterStrikesCount_StrikeRowsKept()
    {
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.UniqueTableName());
        var ledger = new StrikeLedger(table, Options.Create(new StrikeOptions()), _clock);
        for (var i = 1; i <= 5; i++)
        {
            await ledger.RecordAsync("user/4 with odd#chars?", Id(i), "prompt", _clock.GetUtcNow(), null, CancellationToken.None);
        }

        _clock.Advance(TimeSpan.FromMinutes(5));
        var cleared = await ledger.ClearAsync("user/4 with odd#chars?", "mod-ana", "appeal accepted: art reference", CancellationToken.None);
        var afterClear = await ledger.GetSummaryAsync("user/4 with odd#chars?", CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await ledger.RecordAsync("user/4 with odd#chars?", Id(6), "prompt", _clock.GetUtcNow(), null, CancellationToken.None);
        var afterNew = await ledger.GetSummaryAsync("user/4 with odd#chars?", CancellationToken.None);
        var audit = Assert.Single(await ledger.ClearancesAsync("user/4 with odd#chars?", CancellationToken.None));
        var rows = await table.QueryAsync<TableEntity>(e => e.RowKey.CompareTo("s") >= 0 && e.RowKey.CompareTo("t") < 0).ToListAsync();

        Assert.Equal(5, cleared.StrikesCleared);
        Assert.Equal("review", cleared.EscalationBefore);
        Assert.Equal(0, afterClear.Count);
        Assert.Equal(Start + TimeSpan.FromMinutes(5), afterClear.ClearedAt);
        Assert.Equal(1, afterNew.Count);
        Assert.Equal(("mod-ana", "appeal accepted: art reference", 5), (audit.By, audit.Reason, audit.StrikesCleared));
        Assert.Equal(6, rows.Count); // nothing deleted
    }

    [Theory]
    [InlineData(3, 3, 8)]
    [InlineData(5, 4, 8)]
    [InlineData(3, 5, 5)]
    public void Options_ThresholdsThatDoNotRise_AreRefused(int warn, int review, int mute)
    {
        var options = new StrikeOptions { WarnAt = warn, ReviewAt = review, MuteAt = mute };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains("thresholds must rise", Assert.Single(errors).ErrorMessage, StringComparison.Ordinal);
    }

    private static string Id(int i) => i.ToString("D32", CultureInfo.InvariantCulture);
}
