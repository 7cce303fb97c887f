using System.Globalization;
using Azure.Data.Tables;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Storage.Strikes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenScreen.Cli.Tests.Operators;

/// <summary><c>genscreen strikes show|clear</c> on real Azurite, the clock a FakeTimeProvider shared with the seeding ledger.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class StrikesCommandTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-01T12:00:00Z", CultureInfo.InvariantCulture));
    private readonly string _table = AzuriteFixture.UniqueTableName("S");

    private Dictionary<string, string?> Settings => new() { ["GenScreenStorage"] = azurite.ConnectionString, ["Strikes:TableName"] = _table };

    private async Task SeedAsync(string user, int count)
    {
        var ledger = new StrikeLedger(new TableClient(azurite.ConnectionString, _table), Options.Create(new StrikeOptions()), _clock);
        for (var i = 0; i < count; i++)
        {
            await ledger.RecordAsync(user, Guid.NewGuid().ToString("N"), "prompt", _clock.GetUtcNow(), "term.sexual", CancellationToken.None);
        }
    }

    [Fact]
    public async Task Show_CountsTheWindow_AndTheWindowMovesWithTheClock()
    {
        await SeedAsync("user-9", 3);

        var now = await CliRun.InvokeAsync(["strikes", "show", "user-9"], settings: Settings, time: _clock);
        _clock.Advance(TimeSpan.FromDays(30));
        var later = await CliRun.InvokeAsync(["strikes", "show", "user-9"], settings: Settings, time: _clock);

        Assert.True(now.ExitCode == 0, now.Error);
        Assert.Contains("user-9: 3 strike(s) since 2026-10-02T12:00:00Z → escalation warn", now.Out, StringComparison.Ordinal);
        Assert.Equal(3, now.Out.Split('\n').Count(l => l.Contains("term.sexual", StringComparison.Ordinal)));
        Assert.Contains("user-9: 0 strike(s)", later.Out, StringComparison.Ordinal);
        Assert.Contains("escalation none", later.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clear_RecordsWhoAndWhy_ThenShowSaysSo()
    {
        await SeedAsync("user-10", 5);

        var clear = await CliRun.InvokeAsync(["strikes", "clear", "user-10", "--reason", "appeal upheld", "--by", "mod-ana"], settings: Settings, time: _clock);
        var show = await CliRun.InvokeAsync(["strikes", "show", "user-10"], settings: Settings, time: _clock);

        Assert.True(clear.ExitCode == 0, clear.Error);
        Assert.Contains("Cleared 5 strike(s) of user-10 (was review)", clear.Out, StringComparison.Ordinal);
        Assert.Contains("user-10: 0 strike(s)", show.Out, StringComparison.Ordinal);
        Assert.Contains("cleared 2026-11-01T12:00:00Z by mod-ana: 5 strike(s), was review; reason: appeal upheld", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clear_WithoutOperatorOrReason_IsRefusedAndClearsNothing()
    {
        await SeedAsync("user-11", 3);

        var noBy = await CliRun.InvokeAsync(["strikes", "clear", "user-11", "--reason", "x"], settings: Settings, time: _clock);
        var noReason = await CliRun.InvokeAsync(["strikes", "clear", "user-11", "--by", "mod-ana"], settings: Settings, time: _clock);
        var badThresholds = await CliRun.InvokeAsync(["strikes", "show", "user-11"], settings: new Dictionary<string, string?>(Settings) { ["Strikes:WarnAt"] = "9" }, time: _clock);
        var show = await CliRun.InvokeAsync(["strikes", "show", "user-11"], settings: Settings, time: _clock);

        Assert.Equal(1, noBy.ExitCode);
        Assert.Contains("--by", noBy.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, noReason.ExitCode);
        Assert.Equal(1, badThresholds.ExitCode);
        Assert.Contains("thresholds must rise", badThresholds.Error, StringComparison.Ordinal);
        Assert.Contains("user-11: 3 strike(s)", show.Out, StringComparison.Ordinal);
    }
}
