using GenScreen.Cli.Tests.Infrastructure;

namespace GenScreen.Cli.Tests.Eval;

/// <summary><c>genscreen eval prompts --compare candidate.json</c>: today's rules and a candidate side by side, with every flip explained.</summary>
public sealed class EvalCompareTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task EvalCompare_CandidateTerms_ListsEveryFlipWithTheTermThatCausedIt()
    {
        var set = _files.Write("set.jsonl", string.Join('\n',
            """{"id":"light","label":"benign","prompt":"a lighthouse on a cliff at sunset","expect":{"mature":"allow","strict":"allow"}}""",
            """{"id":"beach","label":"trap","prompt":"a nude beach at sunset","expect":{"mature":"allow","strict":"allow"}}""",
            """{"id":"cat","label":"benign","prompt":"a cat in a hat","expect":{"mature":"allow","strict":"allow"}}"""));
        var candidate = _files.Write("candidate.json", """{ "BlockTerms": ["sexual:6:lighthouse"], "AllowTerms": ["nude beach"] }""");

        var run = await CliRun.InvokeAsync(["eval", "prompts", set, "--compare", candidate]);

        Assert.Equal(0, run.ExitCode);
        var report = run.Out;
        Assert.Contains("decision flips (today → candidate): 2", report, StringComparison.Ordinal);
        Assert.Contains("light [strict] allow → block (label benign, expected allow) caused by +term.sexual \"lighthouse\"", report, StringComparison.Ordinal);
        Assert.Contains("beach [strict] block → allow (label trap, expected allow) caused by -term.sexual \"nude\"", report, StringComparison.Ordinal);
        Assert.Contains("+ term.sexual \"lighthouse\": Sexual term (level 6).", report, StringComparison.Ordinal);
        Assert.DoesNotContain("cat [", report, StringComparison.Ordinal);
        Assert.DoesNotContain("[mature]", report, StringComparison.Ordinal); // mature allows both either way
        Assert.Matches(@"must-allow flagged\s+1/3 33\.33 %\s+1/3 33\.33 %", report); // strict: beach today, light in the candidate
    }

    [Fact]
    public async Task EvalCompare_GateAppliesToTheCandidate_Exit3WhenItRegresses()
    {
        var set = _files.Write("set.jsonl",
            """{"id":"light","label":"benign","prompt":"a lighthouse on a cliff","expect":{"strict":"allow"}}""" + "\n");
        var candidate = _files.Write("candidate.json", """{ "Screening": { "BlockTerms": ["sexual:6:lighthouse"] } }""");

        var run = await CliRun.InvokeAsync(["eval", "prompts", set, "--compare", candidate, "--max-false-positive", "0"]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("gate (candidate): FAIL", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalCompare_LexiconFileRelativeToTheCandidate_IsLoaded()
    {
        Directory.CreateDirectory(Path.Combine(_files.Folder, "lexicons"));
        _files.Write(Path.Combine("lexicons", "extra.json"), """{ "language": "en", "version": "test", "prompt": [ { "term": "lighthouse", "signal": "violence", "level": 6 } ] }""");
        var candidate = _files.Write("candidate.json", """{ "AdditionalLexiconFiles": ["lexicons/extra.json"] }""");
        var set = _files.Write("set.jsonl",
            """{"id":"light","label":"benign","prompt":"a lighthouse","expect":{"mature":"allow"}}""" + "\n");

        var run = await CliRun.InvokeAsync(["eval", "prompts", set, "--compare", candidate]);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("light [mature] allow → review", run.Out, StringComparison.Ordinal);
        Assert.Contains("+term.violence \"lighthouse\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalCompare_InvalidCandidate_Exit1WithTheReason()
    {
        var candidate = _files.Write("candidate.json", """{ "BlockTerms": ["no-level-here"] }""");

        var run = await CliRun.InvokeAsync(["eval", "prompts", LabelledData.MainFile, "--compare", candidate]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Cannot load the candidate rules", run.Error, StringComparison.Ordinal);
        Assert.Contains("no-level-here", run.Error, StringComparison.Ordinal);
    }
}
