using System.Text.Json;
using GenScreen.Cli.Tests.Infrastructure;

namespace GenScreen.Cli.Tests.Bulk;

/// <summary>The generation mode on the command line: a <c>mode</c> per line of <c>screen prompts</c> and of labelled sets.</summary>
public sealed class GenerationModeCliTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ScreenPrompts_ModePerLine_DecidesAndIsEchoed_UnknownModeIsALineError()
    {
        var path = _files.Write("modes.jsonl", string.Join('\n',
            """{"id":"a","prompt":"remove her clothes","mode":"inpaint"}""",
            """{"id":"b","prompt":"remove her clothes"}""",
            """{"id":"c","prompt":"remove her clothes","mode":"video"}""") + "\n");

        var run = await CliRun.InvokeAsync(["screen", "prompts", path]);

        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("block", lines[0].GetProperty("decision").GetString());
        Assert.Equal("inpaint", lines[0].GetProperty("mode").GetString());
        Assert.Contains(lines[0].GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "real-person.nudify");
        Assert.Equal("allow", lines[1].GetProperty("decision").GetString());
        Assert.Equal("txt2img", lines[1].GetProperty("mode").GetString());
        Assert.Contains("video", lines[2].GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task EvalPrompts_LabelledItemsWithMode_AreScreenedInThatMode()
    {
        var path = _files.Write("labelled.jsonl", string.Join('\n',
            """{"id":"n1","label":"nudify","prompt":"undress her","mode":"img2img","expect":{"mature":"block","strict":"block"}}""",
            """{"id":"n2","label":"nudify","prompt":"undress her","expect":{"mature":"allow","strict":"block"}}""") + "\n");

        var run = await CliRun.InvokeAsync(["eval", "prompts", path, "--min-recall", "1", "--max-false-positive", "0"]);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task EvalPrompts_UnknownMode_IsAnUnreadableLine()
    {
        var path = _files.Write("bad.jsonl", """{"id":"n1","prompt":"undress her","mode":"video","expect":{"mature":"block"}}""" + "\n");

        var run = await CliRun.InvokeAsync(["eval", "prompts", path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'mode' must be one of txt2img, img2img, inpaint", run.Out + run.Error, StringComparison.Ordinal);
    }
}
