using System.Globalization;
using Azure.Data.Tables;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Cli.Tests.Rescreen;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Images;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenScreen.Cli.Tests.Operators;

/// <summary><c>genscreen stats</c> over seeded prompt and image verdict tables on real Azurite.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class StatsCommandTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-30T12:00:00Z", CultureInfo.InvariantCulture);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly VerdictTables _tables = new(azurite.ConnectionString);
    private readonly string _imageTable = AzuriteFixture.UniqueTableName("I");

    private string[] Args(params string[] extra) => ["stats", "--table", _tables.Verdicts, "--image-table", _imageTable, .. extra];

    [Fact]
    public async Task Stats_SeededTables_CountsByDecisionAndCategory_AndNearestRankPercentiles()
    {
        // 20 recent prompt verdicts with latencies 1..20 ms (12 allowed, 8 blocked), one without latency, one too old.
        for (var i = 1; i <= 20; i++)
        {
            await SaveAsync(i <= 12 ? "a cat in a hat" : "portrait of a woman, nude", "strict", Now - TimeSpan.FromHours(1), i);
        }

        await SaveAsync("a cat in a hat", "strict", Now - TimeSpan.FromHours(2), latency: null);
        await SaveAsync("portrait of a woman, nude", "strict", Now - TimeSpan.FromDays(10), 500);
        var images = new ImageVerdictStore(_tables.Service, Options.Create(new ImageScreeningOptions { VerdictTable = _imageTable }));
        foreach (var (ms, decision) in new[] { (100.0, Decision.Allow), (300.0, Decision.Block) })
        {
            var verdict = new ImageVerdict(decision, "mature", "v1", [new CategorySeverity(HarmCategory.Sexual, decision == Decision.Block ? 6 : 0)], []);
            await images.TryAddAsync(new ImageVerdictRecord(VerdictIds.NewRandom(), "in", $"{ms}.png", "v", verdict, null, null, ImageAction.Tagged, 1, Now - TimeSpan.FromMinutes(5), ms), CancellationToken.None);
        }

        var run = await CliRun.InvokeAsync(Args("--since", "7d"), settings: _tables.Settings, time: _clock);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("since 2026-11-23T12:00:00Z", run.Out, StringComparison.Ordinal);
        Assert.Contains($"prompt ({_tables.Verdicts}): 21 verdict(s)", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"  all\s+13\s+0\s+8\n", run.Out);
        Assert.Matches(@"  Sexual\s+\d+\s+0\s+8\n", run.Out);
        Assert.Contains("latency (ms, 20 with latency): p50 10  p99 20", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 verdict(s) without stored latency", run.Out, StringComparison.Ordinal);
        Assert.Contains($"image ({_imageTable}): 2 verdict(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("latency (ms, 2 with latency): p50 100  p99 300", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yesterday", "neither a duration")]
    [InlineData("2026-11-29T00:00:00", "neither a duration")] // no offset: refused, never guessed
    [InlineData("2027-01-01T00:00:00Z", "in the future")]
    [InlineData("0h", "more than 0")]
    public async Task Stats_BadSince_ExitCode1WithAClearMessage(string since, string message)
    {
        var run = await CliRun.InvokeAsync(Args("--since", since), settings: _tables.Settings, time: _clock);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_TimestampSince_EmptyTables_PrintsZeros()
    {
        var run = await CliRun.InvokeAsync(Args("--since", "2026-11-30T00:00:00+01:00"), settings: _tables.Settings, time: _clock);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("since 2026-11-29T23:00:00Z", run.Out, StringComparison.Ordinal);
        Assert.Contains("0 verdict(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("latency: none recorded", run.Out, StringComparison.Ordinal);
    }

    private async Task SaveAsync(string prompt, string policy, DateTimeOffset at, double? latency)
    {
        var verdict = VerdictTables.BuiltIn.Screen(prompt, null, policy);
        var id = VerdictIds.NewRandom();
        var stored = new StoredPromptVerdict(id, verdict, PromptHash.Of(prompt), null, prompt.Length, null, null, null, "u", null, at) { ScreenMilliseconds = latency };
        Assert.Equal(VerdictWriteOutcome.Stored, (await _tables.Store.SaveAsync(stored, CancellationToken.None)).Outcome);
    }
}
