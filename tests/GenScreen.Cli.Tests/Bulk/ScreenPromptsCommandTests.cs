using GenScreen.Core.Verdicts;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GenScreen.Cli.Bulk;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Core.Configuration;
using GenScreen.Http.Results;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Time.Testing;

namespace GenScreen.Cli.Tests.Bulk;

/// <summary><c>genscreen screen prompts</c> on small real files, run in-process.</summary>
public sealed class ScreenPromptsCommandTests : IDisposable
{
    private static readonly string[] Policies = ["mature", "strict"];

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ScreenPrompts_LabelledSet_OneVerdictPerLineInInputOrder()
    {
        var inputIds = File.ReadLines(LabelledData.MainFile).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();

        var run = await CliRun.InvokeAsync(["screen", "prompts", LabelledData.MainFile]);

        Assert.Equal(0, run.ExitCode);
        var outputIds = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(inputIds, outputIds);
        Assert.All(run.StdoutLines, l => Assert.Contains("\"decision\":", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScreenPrompts_VerdictLine_IsTheHttpApiJsonWithTheIdFirst()
    {
        var path = _files.Write("one.jsonl", """{"id":"req-7","prompt":"artistic nude portrait of an adult woman","negativePrompt":"blurry","policy":"strict"}""" + "\n");

        const string key = "the-service-verdict-id-key-0123456789abcdef";

        var run = await CliRun.InvokeAsync(["screen", "prompts", path], settings: new Dictionary<string, string?> { ["VerdictStore:IdKey"] = key });

        var screener = ScreeningSetup.CreateScreener(new ScreeningOptions());
        var verdict = screener.Screen("artistic nude portrait of an adult woman", "blurry", "strict");
        // The id the HTTP API gives requestId "req-7" without a userId, under the same key.
        var stored = new StoredPromptVerdict(new VerdictIdGenerator(key).ForRequest(null, "req-7"), verdict, string.Empty, null, 0, null, null, null, null, null, default);
        var api = new MemoryStream();
        using (var writer = new Utf8JsonWriter(api))
        {
            VerdictResult.Write(writer, stored, VerdictView.Screening);
        }

        var expected = "{\"id\":\"req-7\"," + Encoding.UTF8.GetString(api.ToArray())[1..];
        Assert.Equal(expected, Assert.Single(run.StdoutLines));
    }

    [Fact]
    public async Task ScreenPrompts_MalformedLines_ErrorLineInPlaceWithLineNumberAndExit2()
    {
        var path = _files.Write("mixed.jsonl", string.Join('\n',
            """{"id":"ok-1","prompt":"a cat in a hat"}""",
            """{"id":"bad-json","prompt":""",
            "",
            """{"id":"blank","prompt":"   "}""",
            """{"id":"nope","prompt":"a cat","policy":"lenient"}""",
            """{"prompt":"no id"}""",
            """["not","an","object"]""",
            """{"id":7,"prompt":"a dog","policy":"strict","extra":{"ignored":[1,2]}}""") + "\n");

        var run = await CliRun.InvokeAsync(["screen", "prompts", path]);

        Assert.Equal(2, run.ExitCode);
        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, lines.Count); // the blank line 3 is not an input
        Assert.Equal("ok-1", lines[0].GetProperty("id").GetString());
        Assert.Equal("allow", lines[0].GetProperty("decision").GetString());
        AssertError(lines[1], 2, "invalid-json");
        AssertError(lines[2], 4, "invalid-line", "blank");
        AssertError(lines[3], 5, "unknown-policy", "nope");
        AssertError(lines[4], 6, "invalid-line");
        AssertError(lines[5], 7, "invalid-line");
        Assert.Equal(7, lines[6].GetProperty("id").GetInt32());
        Assert.Equal("strict", lines[6].GetProperty("policy").GetString());
        Assert.Contains("7 lines, 5 errors", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenPrompts_DuplicatedField_ErrorLineNeverAVerdict()
    {
        var path = _files.Write("dupes.jsonl", string.Join('\n',
            """{"id":"p","prompt":"l1ttle g1rl, n.u.d.e","prompt":"a cat"}""",
            """{"id":"pol","prompt":"nude woman","policy":"strict","policy":"mature"}""",
            """{"id":"neg","prompt":"a cat","negativePrompt":"x","negativePrompt":"y"}""",
            """{"id":"ok","prompt":"a cat","note":1,"note":2}""") + "\n");

        var run = await CliRun.InvokeAsync(["screen", "prompts", path]);

        Assert.Equal(2, run.ExitCode);
        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        AssertError(lines[0], 1, "invalid-line", "p");
        AssertError(lines[1], 2, "invalid-line", "pol");
        AssertError(lines[2], 3, "invalid-line", "neg");
        Assert.Equal("allow", lines[3].GetProperty("decision").GetString()); // ignored fields may repeat
        Assert.Contains("more than once", lines[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenPrompts_InvalidUtf8_ErrorLineAndTheRunGoesOn()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\":\"a\",\"prompt\":\"bad \"}\n{\"id\":\"b\",\"prompt\":\"a cat\"}\n{\"id\":\"\"}\n").ToList();
        bytes.InsertRange(24, new byte[] { 0xFF, 0xFE }); // inside the first prompt: "bad \xFF\xFE"
        bytes.InsertRange(bytes.Count - 3, new byte[] { 0xC3 }); // a truncated sequence inside the last id
        var path = _files.WriteBytes("bad-utf8.jsonl", [.. bytes]);

        var run = await CliRun.InvokeAsync(["screen", "prompts", path]);

        Assert.Equal(2, run.ExitCode);
        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        AssertError(lines[0], 1, "invalid-json", "a");
        Assert.Equal("b", lines[1].GetProperty("id").GetString());
        AssertError(lines[2], 3, "invalid-json");
        Assert.False(lines[2].TryGetProperty("id", out _));
    }

    [Fact]
    public async Task ScreenPrompts_EmptyFile_NoOutputAndExit0()
    {
        var path = _files.Write("empty.jsonl", string.Empty);

        var run = await CliRun.InvokeAsync(["screen", "prompts", path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Contains("0 lines, 0 errors", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenPrompts_StandardInputWithBomCrLfAndNoFinalNewline_EveryLineScreened()
    {
        var input = new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(Encoding.UTF8.GetBytes("{\"id\":\"a\",\"prompt\":\"a red fox\"}\r\n{\"id\":\"b\",\"prompt\":\"l1ttle g1rl, n.u.d.e\"}")).ToArray();

        var run = await CliRun.InvokeAsync(["screen", "prompts", "-"], stdin: input);

        Assert.Equal(0, run.ExitCode);
        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "b"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(["allow", "block"], lines.Select(l => l.GetProperty("decision").GetString()));
    }

    [Fact]
    public async Task ScreenPrompts_ManyBatchesOnTwoWorkers_OutputKeepsInputOrder()
    {
        // ~40,000 lines of ~200 bytes: dozens of 256 KiB batches, finished by the workers in any order.
        var source = File.ReadLines(LabelledData.MainFile).Where(l => l.Trim().Length > 0).ToList();
        var sb = new StringBuilder();
        for (var i = 0; i < 40_000; i++)
        {
            var item = JsonDocument.Parse(source[i % source.Count]).RootElement;
            sb.Append("{\"id\":").Append(i).Append(",\"prompt\":").Append(JsonSerializer.Serialize(item.GetProperty("prompt").GetString())).Append("}\n");
        }

        var path = _files.Write("many.jsonl", sb.ToString());

        var run = await CliRun.InvokeAsync(["screen", "prompts", path, "--parallelism", "2"]);

        Assert.Equal(0, run.ExitCode);
        var ids = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(0, 40_000), ids);
    }

    [Fact]
    public async Task ScreenPrompts_LineLongerThanTheReadBuffer_ReportedAndTheRunGoesOn()
    {
        var huge = "{\"id\":\"huge\",\"prompt\":\"" + new string('a', 300_000) + "\"}";
        var path = _files.Write("huge.jsonl", "{\"id\":\"before\",\"prompt\":\"a cat\"}\n" + huge + "\n{\"id\":\"after\",\"prompt\":\"a dog\"}\n");

        var run = await CliRun.InvokeAsync(["screen", "prompts", path]);

        Assert.Equal(2, run.ExitCode);
        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("before", lines[0].GetProperty("id").GetString());
        AssertError(lines[1], 2, "line-too-long");
        Assert.Equal("after", lines[2].GetProperty("id").GetString());
    }

    [Fact]
    public async Task ScreenPrompts_PromptOverTheLengthLimit_ErrorLine()
    {
        var path = _files.Write("long.jsonl", "{\"id\":\"long\",\"prompt\":\"" + new string('a', 10_001) + "\"}\n");

        var run = await CliRun.InvokeAsync(["screen", "prompts", path]);

        Assert.Equal(2, run.ExitCode);
        AssertError(JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement, 1, "invalid-line", "long");
    }

    [Fact]
    public async Task ScreenPrompts_ConfigFileAndDefaultPolicy_UsedForEveryLine()
    {
        var config = _files.Write("candidate.json", """{ "Screening": { "BlockTerms": ["sexual:6:lighthouse"] } }""");
        var path = _files.Write("in.jsonl", """{"id":"l","prompt":"a lighthouse on a cliff"}""" + "\n");

        var run = await CliRun.InvokeAsync(["screen", "prompts", path, "--config", config, "--policy", "strict"]);

        var line = JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement;
        Assert.Equal("block", line.GetProperty("decision").GetString());
        Assert.Equal("strict", line.GetProperty("policy").GetString());
    }

    [Fact]
    public async Task ScreenPrompts_EnvironmentScreeningSettings_AreTodaysRules()
    {
        var path = _files.Write("in.jsonl", """{"id":"l","prompt":"a lighthouse on a cliff","policy":"strict"}""" + "\n");

        var run = await CliRun.InvokeAsync(["screen", "prompts", path], settings: new Dictionary<string, string?> { ["Screening:BlockTerms:0"] = "sexual:6:lighthouse" });

        Assert.Equal("block", JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task ScreenPrompts_StderrRedirected_OnlyTheSummaryLine()
    {
        var run = await CliRun.InvokeAsync(["screen", "prompts", LabelledData.MainFile]);

        var summary = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("screen prompts: 405 lines, 0 errors", summary, StringComparison.Ordinal);
        Assert.Contains("lines/s", summary, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', run.Error);
    }

    [Fact]
    public async Task ScreenPrompts_StderrIsATerminal_ProgressRedrawnThenClearedBeforeTheSummary()
    {
        // The input arrives a line at a time while the test ticks the command's clock one progress interval after
        // each line: every tick draws the progress line once, and nothing else does.
        var clock = new FakeTimeProvider();
        var stdin = new FeedStream();
        var running = CliRun.InvokeAsync(["screen", "prompts", "-"], stderrIsTerminal: true, openStdin: _ => stdin, time: clock);
        await stdin.FirstRead.WaitAsync(TimeSpan.FromSeconds(60)); // the progress timer exists before input is read
        for (var i = 0; i < 8; i++)
        {
            stdin.Feed(Encoding.UTF8.GetBytes($"{{\"id\":{i},\"prompt\":\"a cat\"}}\n"));
            clock.Advance(BulkProgress.Interval);
        }

        stdin.End();
        var run = await running;

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(8, run.StdoutLines.Count);
        Assert.Matches(@"^\r\u001b\[2K\d+ lines, 0 errors, [\d,]+ lines/s", run.Error); // a progress line
        Assert.Equal(8, Regex.Count(run.Error, @"\r\u001b\[2K\d+ lines, 0 errors, [\d,]+ lines/s")); // one per tick
        Assert.EndsWith("\r\u001b[2Kscreen prompts: 8 lines, 0 errors (allow 8, review 0, block 0) in 2.000 s: 4 lines/s\n", run.Error, StringComparison.Ordinal); // wiped, then the summary on the same clock
    }

    [Fact]
    public async Task ScreenPrompts_MissingFile_Exit1WithMessage()
    {
        var run = await CliRun.InvokeAsync(["screen", "prompts", Path.Combine(_files.Folder, "absent.jsonl")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Cannot read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenPrompts_MissingConfigFile_Exit1WithMessage()
    {
        var path = _files.Write("in.jsonl", """{"id":"1","prompt":"a cat"}""" + "\n");

        var run = await CliRun.InvokeAsync(["screen", "prompts", path, "--config", Path.Combine(_files.Folder, "absent.json")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Cannot load the screening rules", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.StdoutBytes);
    }

    [Fact]
    public async Task ScreenPrompts_InvalidMaxPromptLengthSetting_Exit1WithMessage()
    {
        var path = _files.Write("in.jsonl", """{"id":"1","prompt":"a cat"}""" + "\n");

        var run = await CliRun.InvokeAsync(["screen", "prompts", path], settings: new Dictionary<string, string?> { ["Screening:MaxPromptLength"] = "0" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MaxPromptLength", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenPrompts_UnknownDefaultPolicy_Exit1WithMessage()
    {
        var path = _files.Write("in.jsonl", """{"id":"1","prompt":"a cat"}""" + "\n");

        var run = await CliRun.InvokeAsync(["screen", "prompts", path, "--policy", "lenient"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("lenient", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The bulk path is tuned for speed (pre-encoded names, id hashing without strings, the id spliced into the
    /// API's object); whatever it does, every line must stay exactly the HTTP API's body. Checked on every
    /// labelled prompt under both policies against JSON built here the plain way, from the documented shape.
    /// </summary>
    [Fact]
    public async Task ScreenPrompts_EveryLabelledPromptUnderEachPolicy_LineEqualsTheApiBodyBuiltIndependently()
    {
        var items = LabelledData.Files.SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .SelectMany(e => Policies.Select(policy => new
            {
                Id = $"{e.GetProperty("id").GetString()}/{policy}",
                Prompt = e.GetProperty("prompt").GetString()!,
                Negative = e.TryGetProperty("negativePrompt", out var n) ? n.GetString() : null,
                Policy = policy,
                Mode = e.TryGetProperty("mode", out var m) ? m.GetString()! : "txt2img",
            }))
            .ToList();
        var input = string.Join('\n', items.Select(i => JsonSerializer.Serialize(new { id = i.Id, prompt = i.Prompt, negativePrompt = i.Negative, policy = i.Policy, mode = i.Mode })));

        const string key = "the-service-verdict-id-key-0123456789abcdef";

        var run = await CliRun.InvokeAsync(["screen", "prompts", _files.Write("all.jsonl", input)], settings: new Dictionary<string, string?> { ["VerdictStore:IdKey"] = key });

        Assert.Equal(0, run.ExitCode);
        var screener = ScreeningSetup.CreateScreener(new ScreeningOptions());
        var ids = new VerdictIdGenerator(key);
        Assert.Equal(items.Count, run.StdoutLines.Count);
        foreach (var (item, line) in items.Zip(run.StdoutLines))
        {
            Assert.True(WireNames.TryParseMode(item.Mode, out var mode));
            var v = screener.Screen(item.Prompt, item.Negative, item.Policy, mode);
            var expected = new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = item.Id,
                ["verdictId"] = ids.ForRequest(null, item.Id),
                ["decision"] = v.Decision.ToString().ToLowerInvariant(),
                ["policy"] = v.Policy,
                ["policyVersion"] = v.PolicyVersion,
                ["categories"] = new System.Text.Json.Nodes.JsonArray([.. v.Categories.Select(c => new System.Text.Json.Nodes.JsonObject { ["category"] = c.Category.ToString(), ["severity"] = c.Severity })]),
                ["reasons"] = new System.Text.Json.Nodes.JsonArray([.. v.Reasons.Select(r =>
                {
                    var o = new System.Text.Json.Nodes.JsonObject { ["code"] = r.Code, ["message"] = r.Message };
                    if (r.Term is not null)
                    {
                        o["term"] = r.Term;
                    }

                    if (r.Span is { } span)
                    {
                        o["span"] = new System.Text.Json.Nodes.JsonObject { ["start"] = span.Start, ["length"] = span.Length };
                    }

                    if (r.Field is not null)
                    {
                        o["field"] = r.Field;
                    }

                    return o;
                })]),
                ["mode"] = item.Mode,
            };
            if (v.NegativePromptAdditions.Count > 0)
            {
                expected["negativePromptAdditions"] = new System.Text.Json.Nodes.JsonArray([.. v.NegativePromptAdditions.Select(a => (System.Text.Json.Nodes.JsonNode)a)]);
            }

            if (v.NegativeEmbedding is not null)
            {
                expected["negativeEmbedding"] = v.NegativeEmbedding;
            }

            Assert.Equal(expected.ToJsonString(), line);
        }
    }

    [Fact]
    public async Task ScreenPrompts_SameFileTwice_ByteIdenticalOutput()
    {
        var first = await CliRun.InvokeAsync(["screen", "prompts", LabelledData.MainFile]);
        var second = await CliRun.InvokeAsync(["screen", "prompts", LabelledData.MainFile]);

        Assert.Equal(first.StdoutBytes, second.StdoutBytes);
    }

    private static void AssertError(JsonElement line, long lineNumber, string code, string? id = null)
    {
        Assert.Equal(lineNumber, line.GetProperty("line").GetInt64());
        Assert.Equal(code, line.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(line.GetProperty("error").GetProperty("message").GetString()));
        if (id is not null)
        {
            Assert.Equal(id, line.GetProperty("id").GetString());
        }
    }
}
