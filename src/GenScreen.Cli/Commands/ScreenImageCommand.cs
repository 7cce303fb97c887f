using System.CommandLine;
using System.Text.Json;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport;
using GenScreen.Images.Pipeline;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen screen image &lt;file|dir&gt;</c>: the image pipeline (decode → classify → decide) without
/// storage. A table for people, or <c>--json</c> lines for scripts; a progress bar for folders on a terminal.
/// Exit code: the strictest decision (0 allow, 10 review, 20 block), 1 on usage errors.
/// </summary>
internal static class ScreenImageCommand
{
    private static readonly string[] Extensions = [".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp"];

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "An image file, or a folder screened recursively." };
        var policy = new Option<string?>("--policy", "-p") { Description = "Policy: mature or strict." };
        var json = new Option<bool>("--json") { Description = "One JSON line per image." };
        var model = new Option<string?>("--model") { Description = "Path of the NSFW ONNX model (default: generated from npm nsfwjs on first use)." };
        var command = new Command("image", "Screen an image file or a folder of images.") { path, policy, json, model };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(path)!, parse.GetValue(policy), parse.GetValue(json), parse.GetValue(model), ct));
        return command;
    }

    private static async Task<int> RunAsync(string path, string? policy, bool json, string? modelPath, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : null;
        if (files is null)
        {
            await Console.Error.WriteLineAsync($"No such file or folder: {path}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var prompts = ScreeningConfiguration.TryCreateScreener(() => ScreeningConfiguration.FromConfiguration(CliEnvironment.Process.Configuration), "the screening rules", Console.Error);
        if (prompts is null)
        {
            return ExitCodes.Error;
        }

        if (policy is not null && !prompts.IsKnownPolicy(policy))
        {
            await Console.Error.WriteLineAsync($"Unknown policy '{policy}'. Use one of: {string.Join(", ", prompts.PolicyNames)}.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var options = new ImageScreeningOptions { ModelPath = modelPath };
        NsfwClassifier classifier;
        try
        {
            // --model is checked like a deployed file; without it, the clone's model (imported on first use).
            classifier = new NsfwClassifier(new NsfwModelCache(new NsfwModelCacheOptions { ModelPath = modelPath }, Console.Error.WriteLine).GetModel());
        }
        catch (Exception ex) when (ex is NsfwModelIntegrityException or FileNotFoundException)
        {
            // A missing or altered model is refused before anything is screened.
            await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return ExitCodes.Error;
        }

        using var ownedClassifier = classifier;
        var screener = new ImageScreener(classifier, prompts, Options.Create(options));
        var results = new List<(string File, ImageScreenResult Result)>(files.Count);
        var showProgress = files.Count > 1 && !json && !Console.IsErrorRedirected;

        async Task ScreenAll(Action? advance)
        {
            foreach (var file in files)
            {
                var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
                var result = screener.Screen(new ImageScreenRequest(bytes, null, Path.GetFileName(file), policy), cancellationToken);
                results.Add((file, result));
                if (json)
                {
                    WriteJsonLine(file, result);
                }

                advance?.Invoke();
            }
        }

        if (showProgress)
        {
            await AnsiConsole.Progress().StartAsync(async ctx =>
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
            PrintTable(results);
        }

        return results.Count == 0 ? ExitCodes.Allow : ExitCodes.For(results.Max(r => r.Result.Verdict.Decision));
    }

    private static void WriteJsonLine(string file, ImageScreenResult result)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stdout))
        {
            var v = result.Verdict;
            var f = result.Facts;
            writer.WriteStartObject();
            writer.WriteString("file", file);
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

            writer.WriteNumber("decodeMs", Math.Round(f.DecodeMilliseconds, 2));
            writer.WriteNumber("inferenceMs", Math.Round(f.InferenceMilliseconds, 2));
            writer.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    private static void PrintTable(List<(string File, ImageScreenResult Result)> results)
    {
        var table = new Table().AddColumns("File", "Decision", "Size", "Drawing", "Hentai", "Neutral", "Porn", "Sexy", "Reason");
        foreach (var (file, r) in results)
        {
            var s = r.Facts.Scores;
            string Score(string c) => s is null ? "-" : s[c].ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
            var decision = WireNames.Of(r.Verdict.Decision);
            var color = r.Verdict.Decision switch { Decision.Block => "red", Decision.Review => "yellow", _ => "green" };
            table.AddRow(
                Markup.Escape(file), $"[{color}]{decision}[/]", $"{r.Facts.Width}x{r.Facts.Height}",
                Score("Drawing"), Score("Hentai"), Score("Neutral"), Score("Porn"), Score("Sexy"),
                Markup.Escape(r.Verdict.Reasons.Count > 0 ? r.Verdict.Reasons[0].Code : string.Empty));
        }

        AnsiConsole.Write(table);
    }
}
