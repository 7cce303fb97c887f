using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Core.Configuration;
using GenScreen.Core.Verdicts;

namespace GenScreen.Cli.Tests.Rescreen;

/// <summary>
/// <c>genscreen rescreen</c> against a real Azurite: verdicts stored with the built-in rules, then
/// re-screened with a configuration whose BlockTerms and AllowTerms change decisions.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class RescreenCommandTests(AzuriteFixture azurite) : IDisposable
{
    private const string CandidateJson = """{ "Screening": { "BlockTerms": ["sexual:6:lighthouse"], "AllowTerms": ["nude beach"] } }""";

    private readonly TempFiles _files = new();
    private readonly VerdictTables _tables = new(azurite.ConnectionString);

    public void Dispose() => _files.Dispose();

    private string Candidate => _files.Write("candidate.json", CandidateJson);

    private static string CandidateVersion { get; } = ScreeningSetup.CreateScreener(new ScreeningOptions
    {
        BlockTerms = ["sexual:6:lighthouse"],
        AllowTerms = ["nude beach"],
    }).PolicyVersion;

    [Fact]
    public async Task Rescreen_DryRun_ReportsFlipsAndWritesNothing()
    {
        var lighthouse = await _tables.SaveAsync("a lighthouse on a cliff at sunset", "strict");
        var beach = await _tables.SaveAsync("a nude beach at sunset", "strict");
        await _tables.SaveAsync("a cat in a hat", "mature");
        await _tables.SaveAsync("a lighthouse in the fog", "strict", retainText: false);

        var run = await CliRun.InvokeAsync(_tables.Args("--config", Candidate), settings: _tables.Settings);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("dry run: nothing is written", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{lighthouse} [strict] allow → block caused by +term.sexual \"lighthouse\"", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{beach} [strict] block → allow caused by -term.sexual \"nude\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("scanned 4: 3 would be re-screened, 0 already current, 1 without prompt text", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"unchanged\s+1\n", run.Out);
        Assert.Matches(@"allow → block\s+1\n", run.Out);
        Assert.Matches(@"block → allow\s+1\n", run.Out);
        Assert.Equal(Decision.Allow, (await _tables.GetAsync(lighthouse)).Verdict.Decision);
        Assert.Equal(VerdictTables.BuiltIn.PolicyVersion, (await _tables.GetAsync(beach)).Verdict.PolicyVersion);
        Assert.Equal(0, await _tables.HistoryRowCountAsync());
    }

    [Fact]
    public async Task Rescreen_ApplyThenAgain_NewVersionsWrittenOldOnesKeptSecondRunChangesNothing()
    {
        var lighthouse = await _tables.SaveAsync("a lighthouse on a cliff at sunset", "strict");
        var beach = await _tables.SaveAsync("a nude beach at sunset", "strict");
        var cat = await _tables.SaveAsync("a cat in a hat", "mature");
        var hashOnly = await _tables.SaveAsync("a lighthouse in the fog", "strict", retainText: false);

        var first = await CliRun.InvokeAsync(_tables.Args("--config", Candidate, "--apply"), settings: _tables.Settings);
        var second = await CliRun.InvokeAsync(_tables.Args("--config", Candidate, "--apply"), settings: _tables.Settings);

        Assert.True(first.ExitCode == 0, first.Out + first.Error);
        Assert.Contains("scanned 4: 3 re-screened, 0 already current, 1 without prompt text", first.Out, StringComparison.Ordinal);
        Assert.Contains("complete", first.Out, StringComparison.Ordinal);

        // Current rows: new decision and version through the service's own read path; everything else kept.
        var now = await _tables.GetAsync(lighthouse);
        Assert.Equal(Decision.Block, now.Verdict.Decision);
        Assert.Equal(CandidateVersion, now.Verdict.PolicyVersion);
        Assert.Contains(now.Verdict.Reasons, r => r.Term == "lighthouse");
        Assert.Equal("a lighthouse on a cliff at sunset", now.Prompt);
        Assert.Equal($"req-{lighthouse}", now.RequestId);
        Assert.Equal(Decision.Allow, (await _tables.GetAsync(beach)).Verdict.Decision);
        Assert.Equal(CandidateVersion, (await _tables.GetAsync(cat)).Verdict.PolicyVersion);
        Assert.Equal(VerdictTables.BuiltIn.PolicyVersion, (await _tables.GetAsync(hashOnly)).Verdict.PolicyVersion);

        // History: the old versions, keyed by verdict id + old policy version.
        var history = Assert.Single(await _tables.History.GetHistoryAsync(lighthouse, CancellationToken.None));
        Assert.Equal(lighthouse, history.Verdict.VerdictId);
        Assert.Equal(Decision.Allow, history.Verdict.Verdict.Decision);
        Assert.Equal(VerdictTables.BuiltIn.PolicyVersion, history.Verdict.Verdict.PolicyVersion);
        Assert.Equal(CandidateVersion, history.SupersededBy);
        Assert.Equal(3, await _tables.HistoryRowCountAsync());

        // Second run: everything is current, nothing is written again.
        Assert.True(second.ExitCode == 0, second.Out + second.Error);
        Assert.Contains("scanned 4: 0 re-screened, 3 already current, 1 without prompt text", second.Out, StringComparison.Ordinal);
        Assert.Equal(3, await _tables.HistoryRowCountAsync());
    }

    [Fact]
    public async Task Rescreen_InterruptedByLimitThenResumed_EveryRowDoneOnce()
    {
        var ids = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(await _tables.SaveAsync(i % 2 == 0 ? $"a lighthouse number {i}" : $"a red barn number {i}", "strict"));
        }

        var interrupted = await CliRun.InvokeAsync(_tables.Args("--config", Candidate, "--apply", "--limit", "4", "--page-size", "3"), settings: _tables.Settings);

        Assert.True(interrupted.ExitCode == 0, interrupted.Out + interrupted.Error);
        Assert.Contains("scanned 4: 4 re-screened", interrupted.Out, StringComparison.Ordinal);
        Assert.Contains("stopped after 4 rows (--limit); run again to resume after row", interrupted.Out, StringComparison.Ordinal);
        var done = ids.Order(StringComparer.Ordinal).Take(4).ToHashSet();
        foreach (var id in ids)
        {
            var expected = done.Contains(id) ? CandidateVersion : VerdictTables.BuiltIn.PolicyVersion;
            Assert.Equal(expected, (await _tables.GetAsync(id)).Verdict.PolicyVersion);
        }

        var resumed = await CliRun.InvokeAsync(_tables.Args("--config", Candidate, "--apply", "--page-size", "3"), settings: _tables.Settings);

        Assert.True(resumed.ExitCode == 0, resumed.Out + resumed.Error);
        Assert.Contains("resumed after row", resumed.Out, StringComparison.Ordinal);
        Assert.Contains("scanned 6: 6 re-screened, 0 already current", resumed.Out, StringComparison.Ordinal);
        Assert.Contains("complete", resumed.Out, StringComparison.Ordinal);
        Assert.Equal(5, FlipCount(interrupted.Out, "allow → block") + FlipCount(resumed.Out, "allow → block"));
        foreach (var id in ids)
        {
            var verdict = (await _tables.GetAsync(id)).Verdict;
            Assert.Equal(CandidateVersion, verdict.PolicyVersion);
            Assert.Equal(ids.IndexOf(id) % 2 == 0 ? Decision.Block : Decision.Allow, verdict.Decision);
        }

        Assert.Equal(10, await _tables.HistoryRowCountAsync());

        // The checkpoint is complete: another run starts over, finds everything current, writes nothing.
        var again = await CliRun.InvokeAsync(_tables.Args("--config", Candidate, "--apply"), settings: _tables.Settings);
        Assert.Contains("scanned 10: 0 re-screened, 10 already current", again.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("resumed", again.Out, StringComparison.Ordinal);
        Assert.Equal(10, await _tables.HistoryRowCountAsync());
    }

    [Fact]
    public async Task Rescreen_ResumedInsideAPartition_RestOfThatPartitionThenTheNextOnes()
    {
        string[] ids = ["aa000000000000000000000000000001", "aa000000000000000000000000000002", "aa000000000000000000000000000003", "ab000000000000000000000000000001"];
        foreach (var id in ids)
        {
            await _tables.SaveAsync("a lighthouse on a cliff", "strict", verdictId: id);
        }

        var first = await CliRun.InvokeAsync(_tables.Args("--config", Candidate, "--apply", "--limit", "2"), settings: _tables.Settings);
        var second = await CliRun.InvokeAsync(_tables.Args("--config", Candidate, "--apply"), settings: _tables.Settings);

        Assert.Contains($"resume after row aa/{ids[1]}", first.Out, StringComparison.Ordinal);
        Assert.Contains($"resumed after row aa/{ids[1]}", second.Out, StringComparison.Ordinal);
        Assert.Contains("scanned 2: 2 re-screened", second.Out, StringComparison.Ordinal);
        Assert.Contains(ids[2], second.Out, StringComparison.Ordinal);
        Assert.Contains(ids[3], second.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(ids[0], second.Out, StringComparison.Ordinal);
    }

    private static int FlipCount(string report, string flip)
    {
        var m = System.Text.RegularExpressions.Regex.Match(report, flip + @"\s+(\d+)\n");
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [Fact]
    public async Task Rescreen_EmptyOrMissingTable_CompletesWithNothingScanned()
    {
        var run = await CliRun.InvokeAsync(_tables.Args("--config", Candidate), settings: _tables.Settings);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("scanned 0:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rescreen_NoStorageConnection_Exit1WithMessage()
    {
        var run = await CliRun.InvokeAsync(_tables.Args());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Cannot connect to storage", run.Error, StringComparison.Ordinal);
    }
}
