using System.CommandLine;
using System.Text.Json;
using GenScreen.Core.Configuration;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Cli.Images;
using GenScreen.Images.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen screen image &lt;file|dir&gt;</c>: the image pipeline (decode → classify, faces → decide) without
/// storage. A table for people, or <c>--json</c> lines for scripts; a progress bar for folders on a terminal.
/// Files are chosen by content, not by name (<see cref="ImageFileScan"/>): every file gets a verdict or a line saying
/// why it was skipped. Exit code: the strictest decision (0 allow, 10 review, 20 block), at least 10 when any file was
/// skipped (nothing screened it, so "all allowed" would be a claim about files nobody looked at), 1 on usage errors.
/// </summary>
internal static class ScreenImageCommand
{
    public static Command Create(CliEnvironment? environment = null)
    {
        var path = new Argument<string>("path") { Description = "An image file, or a folder screened recursively (every file, decided by content)." };
        var policy = new Option<string?>("--policy", "-p") { Description = "Policy: mature or strict." };
        var json = new Option<bool>("--json") { Description = "One JSON line per file: a verdict, or skipped with the reason." };
        var model = new Option<string?>("--model") { Description = "Path of the NSFW ONNX model (default: generated from npm nsfwjs on first use)." };
        var banks = new Option<bool>("--banks") { Description = "Also match every image against the hash banks in storage (GenScreenStorage; docs/hashing.md)." };
        var command = new Command("image", "Screen an image file or a folder of images.") { path, policy, json, model, banks };
        command.SetAction((parse, ct) => RunAsync(
            environment ?? CliEnvironment.Process, parse.GetValue(path)!, parse.GetValue(policy), parse.GetValue(json), parse.GetValue(model), parse.GetValue(banks), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment env, string path, string? policy, bool json, string? modelPath, bool useBanks, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            await env.Error.WriteLineAsync($"No such file or folder: {path}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var prompts = ScreeningConfiguration.TryCreateScreener(() => ScreeningConfiguration.FromConfiguration(env.Configuration), "the screening rules", env.Error);
        if (prompts is null)
        {
            return ExitCodes.Error;
        }

        if (policy is not null && !prompts.IsKnownPolicy(policy))
        {
            await env.Error.WriteLineAsync($"Unknown policy '{policy}'. Use one of: {string.Join(", ", prompts.PolicyNames)}.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var options = new ImageScreeningOptions();
        env.Configuration.GetSection(ImageScreeningOptions.SectionName).Bind(options);
        options.ModelPath = modelPath ?? options.ModelPath;
        var files = ImageFileScan.Scan(path, options.MaxBytes);
        using var models = CliImageModels.TryLoad(env.Configuration, options, CliImageModels.FaceOptions(env.Configuration), env.Error);
        if (models is null)
        {
            return ExitCodes.Error;
        }

        IHashBankSource? banks = null;
        if (useBanks)
        {
            banks = await BanksCommand.LoadAsync(env, cancellationToken).ConfigureAwait(false);
            if (banks is null)
            {
                return ExitCodes.Error; // why was printed
            }
        }

        // Faces on the worst frame, as in the service (Faces__Enabled=false screens without them).
        var screener = new ImageScreener(models.Classifier, models.SecondStage, prompts, Options.Create(options), models.FaceStage, banks);
        var results = new List<(string File, ImageScreenResult? Result, string? Skipped)>(files.Count);
        var showProgress = files.Count > 1 && !json && !env.IsErrorRedirected;

        async Task ScreenAll(Action? advance)
        {
            foreach (var file in files)
            {
                var result = file.Bytes is { } bytes
                    ? screener.Screen(new ImageScreenRequest(bytes, null, Path.GetFileName(file.Path), policy), cancellationToken)
                    : null;
                results.Add((file.Path, result, file.SkipReason));
                if (json)
                {
                    await WriteJsonLineAsync(env, file.Path, result, file.SkipReason, cancellationToken).ConfigureAwait(false);
                }

                advance?.Invoke();
            }
        }

        if (showProgress)
        {
            await Console(env).Progress().StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Screening images", maxValue: files.Count);
                await ScreenAll(() => task.Increment(1)).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        else
        {
            await ScreenAll(null).ConfigureAwait(false);
        }

        if (!json)
        {
            PrintTable(env, results);
        }

        int skipped = results.Count(r => r.Result is null);
        if (skipped > 0)
        {
            await env.Error.WriteLineAsync($"{skipped} of {results.Count} file(s) skipped, not screened (reasons above).").ConfigureAwait(false);
        }

        var screened = results.Where(r => r.Result is not null).Select(r => ExitCodes.For(r.Result!.Verdict.Decision));
        return Math.Max(screened.DefaultIfEmpty(ExitCodes.Allow).Max(), skipped > 0 ? ExitCodes.Review : ExitCodes.Allow);
    }

    private static IAnsiConsole Console(CliEnvironment env) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(env.Out) });

    private static async Task WriteJsonLineAsync(CliEnvironment env, string file, ImageScreenResult? result, string? skipped, CancellationToken ct)
    {
        var line = new MemoryStream();
        using (var writer = new Utf8JsonWriter(line))
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            if (result is null)
            {
                writer.WriteString("skipped", skipped);
            }
            else
            {
                WriteVerdict(writer, result);
            }

            writer.WriteEndObject();
        }

        line.WriteByte((byte)'\n');
        await using var stdout = env.OpenStandardOutput();
        await stdout.WriteAsync(line.GetBuffer().AsMemory(0, (int)line.Length), ct).ConfigureAwait(false);
    }

    private static void WriteVerdict(Utf8JsonWriter writer, ImageScreenResult result)
    {
        var v = result.Verdict;
        var f = result.Facts;
        VerdictJson.WriteDecisionFields(writer, v.Decision, v.Policy, v.PolicyVersion, v.Categories, v.Reasons);
        writer.WriteString("sha256", f.ContentSha256);
        writer.WriteNumber("width", f.Width);
        writer.WriteNumber("height", f.Height);
        if (f.Scores is { } s)
        {
            writer.WriteStartObject("scores");
            foreach (var name in ImageClassScores.ClassNames)
            {
                writer.WriteNumber(name, Math.Round(s[name], 5));
            }

            writer.WriteEndObject();
        }

        if (f.Faces is { } faces)
        {
            writer.WriteStartArray("apparentAges");
            foreach (var face in faces.Faces.Where(x => x.ApparentAge is not null && !x.TooSmallToJudge))
            {
                writer.WriteNumberValue(Math.Round(face.ApparentAge!.Value, 1));
            }

            writer.WriteEndArray();
            writer.WriteNumber("faces", faces.Faces.Count);
        }

        writer.WriteNumber("decodeMs", Math.Round(f.DecodeMilliseconds, 2));
        writer.WriteNumber("inferenceMs", Math.Round(f.InferenceMilliseconds, 2));
    }

    private static void PrintTable(CliEnvironment env, List<(string File, ImageScreenResult? Result, string? Skipped)> results)
    {
        var table = new Table().AddColumns("File", "Decision", "Size", "Drawing", "Hentai", "Neutral", "Porn", "Sexy", "Reason");
        foreach (var (file, r, skipped) in results)
        {
            if (r is null)
            {
                table.AddRow(Markup.Escape(file), "[grey]skipped[/]", "-", "-", "-", "-", "-", "-", Markup.Escape(skipped ?? string.Empty));
                continue;
            }

            var s = r.Facts.Scores;
            string Score(string c) => s is null ? "-" : s[c].ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
            var decision = WireNames.Of(r.Verdict.Decision);
            var color = r.Verdict.Decision switch { Decision.Block => "red", Decision.Review => "yellow", _ => "green" };
            table.AddRow(
                Markup.Escape(file), $"[{color}]{decision}[/]", $"{r.Facts.Width}x{r.Facts.Height}",
                Score("Drawing"), Score("Hentai"), Score("Neutral"), Score("Porn"), Score("Sexy"),
                Markup.Escape(r.Verdict.Reasons.Count > 0 ? r.Verdict.Reasons[0].Code : string.Empty));
        }

        Console(env).Write(table);
    }
}
