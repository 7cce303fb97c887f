using System.CommandLine;
using System.Text.Json;
using GenScreen.Core.Configuration;
using GenScreen.Core.Verdicts;
using GenScreen.Http.Results;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Commands;

/// <summary><c>genscreen screen prompt "..."</c>: screens offline with the same core, prints the verdict, exits by decision.</summary>
internal static class ScreenCommand
{
    public static Command Create()
    {
        var prompt = new Argument<string>("text") { Description = "The prompt to screen." };
        var negative = new Option<string?>("--negative", "-n") { Description = "The negative prompt." };
        var policy = new Option<string?>("--policy", "-p") { Description = "Policy: mature or strict (default: Screening__DefaultPolicy, else mature)." };
        var json = new Option<bool>("--json") { Description = "Print the verdict as JSON (same shape as the HTTP API)." };
        var mode = new Option<string>("--mode", "-m")
        {
            Description = "Generation mode: txt2img (default), img2img or inpaint (with an input image, undressing is a nudify request).",
            DefaultValueFactory = _ => "txt2img",
        };
        mode.AcceptOnlyFromAmong([.. WireNames.ModeNames]);
        var promptCommand = new Command("prompt", "Screen one prompt. Exit code: 0 allow, 10 review, 20 block, 1 error.")
        {
            prompt, negative, policy, mode, json,
        };
        promptCommand.SetAction(parse => Run(parse.GetValue(prompt)!, parse.GetValue(negative), parse.GetValue(policy), parse.GetValue(mode)!, parse.GetValue(json)));
        return new Command("screen", "Screen content offline, without storage.") { promptCommand, ScreenPromptsCommand.Create(), ScreenImageCommand.Create() };
    }

    private static int Run(string text, string? negative, string? policy, string modeName, bool json)
    {
        // Only the listed names get this far (AcceptOnlyFromAmong).
        var mode = WireNames.TryParseMode(modeName, out var parsed) ? parsed : GenerationMode.Txt2Img;
        // The same rules as the batch commands and the service: the environment's Screening section.
        var screener = ScreeningConfiguration.TryCreateScreener(() => ScreeningConfiguration.FromConfiguration(CliEnvironment.Process.Configuration), "the screening rules", Console.Error);
        if (screener is null)
        {
            return ExitCodes.Error;
        }

        if (policy is not null && !screener.IsKnownPolicy(policy))
        {
            Console.Error.WriteLine($"Unknown policy '{policy}'. Use one of: {string.Join(", ", screener.PolicyNames)}.");
            return ExitCodes.Error;
        }

        var verdict = screener.Screen(text, negative, policy, mode);
        if (json)
        {
            var stored = new StoredPromptVerdict(VerdictIds.NewRandom(), verdict, PromptHash.Of(text), negative is null ? null : PromptHash.Of(negative), text.Length, null, null, null, null, null, DateTimeOffset.UtcNow);
            using var stdout = Console.OpenStandardOutput();
            using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
            VerdictResult.Write(writer, stored, VerdictView.Screening);
            writer.Flush();
            Console.WriteLine();
        }
        else
        {
            VerdictPrinter.Print(Console.Out, verdict);
        }

        return ExitCodes.For(verdict.Decision);
    }
}
