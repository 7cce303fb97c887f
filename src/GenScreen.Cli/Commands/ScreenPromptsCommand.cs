using System.CommandLine;
using GenScreen.Cli.Bulk;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen screen prompts &lt;file.jsonl|-&gt;</c>: screens a JSON-lines stream on every core and writes
/// one verdict line per input line, in input order (format: docs/bulk-and-eval.md).
/// </summary>
internal static class ScreenPromptsCommand
{
    public static Command Create(CliEnvironment? environment = null)
    {
        var file = new Argument<string>("file") { Description = "JSON lines {\"id\",\"prompt\",\"negativePrompt\"?,\"policy\"?}; '-' for standard input." };
        var policy = new Option<string?>("--policy", "-p") { Description = "Policy for lines that name none (default: the configured default policy, else mature)." };
        var config = new Option<string?>("--config") { Description = "Screening options JSON file (AdditionalLexiconFiles, AllowTerms, BlockTerms, ProtectedNames, PolicyFile); default: Screening__* environment settings." };
        var parallelism = new Option<int>("--parallelism") { Description = "Worker threads.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("prompts", "Screen a JSON-lines file of prompts; one verdict line per input line, in order, on stdout. Exit code: 0 all screened, 2 some lines failed, 1 error.")
        {
            file, policy, config, parallelism,
        };
        command.SetAction((parse, ct) => RunAsync(
            environment ?? CliEnvironment.Process, parse.GetValue(file)!, parse.GetValue(policy), parse.GetValue(config), parse.GetValue(parallelism), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment env, string file, string? policy, string? config, int parallelism, CancellationToken cancellationToken)
    {
        if (parallelism < 1)
        {
            await env.Error.WriteLineAsync("--parallelism must be at least 1.").ConfigureAwait(false);
            return BatchExitCodes.Fatal;
        }

        // The rules and the verdict writer compile on the second core while this one builds the lexicons, so the
        // workers do not stop to compile them on their first lines. Only here: one `screen prompt` needs a few dozen of
        // the ~500 methods, and would pay CPU for the rest to save little wall time.
        ScreeningPathWarmUp.Start(
            typeof(BatchScreener), typeof(PromptLineParser), typeof(PooledBufferWriter), typeof(BulkTally),
            typeof(Http.Results.VerdictResult), typeof(RequestVerdictIdHasher));
        var maxPromptLength = 0;
        var screener = ScreeningConfiguration.TryCreateScreener(
            () =>
            {
                var options = ScreeningConfiguration.Load(env.Configuration, config);
                options.DefaultPolicy = policy ?? options.DefaultPolicy;
                maxPromptLength = options.MaxPromptLength;
                return options;
            },
            "the screening rules",
            env.Error);
        if (screener is null)
        {
            return BatchExitCodes.Fatal;
        }

        VerdictIdGenerator ids;
        try
        {
            ids = new VerdictIdGenerator(VerdictIdKeys.Resolve(env.Configuration));
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await env.Error.WriteLineAsync($"No verdict id key: {ex.Message}").ConfigureAwait(false);
            return BatchExitCodes.Fatal;
        }

        Stream input;
        try
        {
            input = file == "-"
                ? env.OpenStandardInput()
                // Unbuffered (bufferSize 1): the reader already reads 256 KiB at a time.
                : new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            await env.Error.WriteLineAsync($"Cannot read '{file}': {ex.Message}").ConfigureAwait(false);
            return BatchExitCodes.Fatal;
        }

        await using (input.ConfigureAwait(false))
        {
            var output = env.OpenStandardOutput();
            await using (output.ConfigureAwait(false))
            {
                try
                {
                    var tally = await BulkScreening.RunAsync(input, output, screener, ids, maxPromptLength, parallelism, env.Error, !env.IsErrorRedirected, env.Time, cancellationToken).ConfigureAwait(false);
                    return tally.Errors == 0 ? BatchExitCodes.Success : BatchExitCodes.SomeFailed;
                }
                catch (IOException ex)
                {
                    // Typically stdout closed early (| head): say so instead of a stack trace.
                    await env.Error.WriteLineAsync($"screen prompts stopped: {ex.Message}").ConfigureAwait(false);
                    return BatchExitCodes.Fatal;
                }
            }
        }
    }
}
