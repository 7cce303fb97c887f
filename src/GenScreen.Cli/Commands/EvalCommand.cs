using System.CommandLine;
using GenScreen.Cli.Eval;
using GenScreen.Cli.Eval.Images;
using GenScreen.Evaluation;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen eval prompts &lt;labelled.jsonl&gt;…</c>: measures the rules on a labelled set, optionally
/// against a candidate configuration (<c>--compare</c>) and as a CI gate (<c>--min-recall</c>,
/// <c>--max-false-positive</c>). Format and output: docs/bulk-and-eval.md.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliEnvironment? environment = null)
    {
        var files = new Argument<string[]>("files") { Description = "Labelled JSONL files (docs/labelled-prompts.md); '-' for standard input.", Arity = ArgumentArity.OneOrMore };
        var compare = new Option<string?>("--compare") { Description = "Candidate Screening options JSON file: evaluate it side by side with today's rules and list every decision that flips." };
        var config = new Option<string?>("--config") { Description = "Today's rules as a Screening options JSON file (default: built-in rules plus Screening__* environment settings)." };
        var minRecall = new Option<double?>("--min-recall") { Description = "Gate: lowest recall (0-1) on must-block items, per label and overall, under every policy." };
        var maxFalsePositive = new Option<double?>("--max-false-positive") { Description = "Gate: highest rate (0-1) of review or block decisions on must-allow items, under every policy." };
        var prompts = new Command("prompts", "Evaluate the prompt rules on a labelled set: confusion matrix, recall, false positives, misses. Exit code: 0 pass, 3 gate failed, 2 unreadable lines, 1 error.")
        {
            files, compare, config, minRecall, maxFalsePositive,
        };
        foreach (var gate in new[] { minRecall, maxFalsePositive })
        {
            gate.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<double?>() is { } v && (v < 0 || v > 1 || double.IsNaN(v)))
                {
                    result.AddError($"{result.Option.Name} must be between 0 and 1 (e.g. 0.99).");
                }
            });
        }

        prompts.SetAction((parse, ct) =>
        {
            var env = environment ?? CliEnvironment.Process;
            var gate = new EvaluationGate(parse.GetValue(minRecall), parse.GetValue(maxFalsePositive));
            return RunAsync(env, parse.GetValue(files)!, parse.GetValue(config), parse.GetValue(compare), gate, ct);
        });
        return new Command("eval", "Measure the screening rules on labelled data.") { prompts, CreateImages(environment) };
    }

    /// <summary><c>eval images &lt;folder|manifest.csv&gt;</c>: per-class precision and recall, confusion matrices, the thresholds used (docs/bulk-and-eval.md).</summary>
    private static Command CreateImages(CliEnvironment? environment)
    {
        var source = new Argument<string>("source") { Description = "A folder whose subfolders are labels (adult, minor, protected-person, explicit, benign; protected-person/<name>/ names the enrolled person), or a manifest CSV of 'path,expected' rows." };
        var policy = new Option<string?>("--policy", "-p") { Description = "Decide under this policy only (default: every policy)." };
        var json = new Option<bool>("--json") { Description = "One JSON document with every figure and image." };
        var model = new Option<string?>("--model") { Description = "Path of the NSFW ONNX model (default: generated from npm nsfwjs on first use)." };
        var people = new Option<string?>("--people") { Description = "Enrol the people of this folder for this run only (one sub-folder per person, named for them, holding reference photos that each show only their face), so protected-person is predicted; nothing is stored." };
        var storedPeople = new Option<bool>("--stored-people") { Description = "Match against the people enrolled in Table storage (GenScreenStorage, People:TableName), as the hosts do, so protected-person is predicted." };
        var images = new Command("images", "Evaluate the image screener (NSFW model, faces, protected people, rules) on labelled images. Exit code: 0, 2 unreadable lines, 1 error.")
        {
            source, policy, json, model, people, storedPeople,
        };
        images.SetAction((parse, ct) => ImageEvalRun.RunAsync(
            environment ?? CliEnvironment.Process, parse.GetValue(source)!, parse.GetValue(policy), parse.GetValue(json), parse.GetValue(model), ct, parse.GetValue(people), parse.GetValue(storedPeople)));
        return images;
    }

    private static async Task<int> RunAsync(CliEnvironment env, string[] files, string? config, string? compare, EvaluationGate gate, CancellationToken cancellationToken)
    {
        var today = ScreeningConfiguration.TryCreateScreener(() => ScreeningConfiguration.Load(env.Configuration, config), "today's rules", env.Error);
        if (today is null)
        {
            return BatchExitCodes.Fatal;
        }

        Core.Prompts.PromptScreener? candidate = null;
        if (compare is not null)
        {
            candidate = ScreeningConfiguration.TryCreateScreener(() => ScreeningConfiguration.FromFile(compare), $"the candidate rules '{compare}'", env.Error);
            if (candidate is null)
            {
                return BatchExitCodes.Fatal;
            }
        }

        var missing = files.FirstOrDefault(f => f != "-" && !File.Exists(f));
        if (missing is not null)
        {
            await env.Error.WriteLineAsync($"Cannot read '{missing}': no such file.").ConfigureAwait(false);
            return BatchExitCodes.Fatal;
        }

        return await EvalRun.RunAsync(env, files, today, candidate, gate, cancellationToken).ConfigureAwait(false);
    }
}
