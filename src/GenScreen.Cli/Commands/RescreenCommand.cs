using System.CommandLine;
using Azure;
using Azure.Data.Tables;
using GenScreen.Cli.Bulk;
using GenScreen.Storage.Connections;
using GenScreen.Storage.Rescreen;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen rescreen</c>: brings stored verdicts up to the current rules. Dry run by default; with
/// <c>--apply</c> it archives each old version and writes the new one, checkpointing as it goes.
/// See docs/bulk-and-eval.md.
/// </summary>
internal static class RescreenCommand
{
    public static Command Create(CliEnvironment? environment = null)
    {
        var apply = new Option<bool>("--apply") { Description = "Write new verdict versions (default: dry run, report only)." };
        var config = new Option<string?>("--config") { Description = "The current rules as a Screening options JSON file (default: built-in rules plus Screening__* environment settings)." };
        var kind = new Option<string>("--kind") { Description = "Which verdicts: prompt (image verdicts will be added here).", DefaultValueFactory = _ => "prompt" };
        kind.AcceptOnlyFromAmong("prompt");
        var table = new Option<string?>("--table") { Description = "Verdict table (default: VerdictStore__TableName, else PromptVerdicts)." };
        var historyTable = new Option<string>("--history-table") { Description = "Table that keeps replaced versions.", DefaultValueFactory = _ => PromptVerdictHistoryStore.DefaultTableName };
        var checkpointTable = new Option<string>("--checkpoint-table") { Description = "Table of resumable checkpoints.", DefaultValueFactory = _ => RescreenCheckpointStore.DefaultTableName };
        var connection = new Option<string?>("--connection") { Description = "Name of the storage connection setting (default: VerdictStore__Connection, else GenScreenStorage)." };
        var limit = new Option<long?>("--limit") { Description = "Stop after this many rows; the next --apply run resumes after them." };
        var restart = new Option<bool>("--restart") { Description = "Ignore an unfinished checkpoint and start from the first row." };
        var pageSize = new Option<int>("--page-size") { Description = "Rows read per request (1-1000); the checkpoint is saved after each page.", DefaultValueFactory = _ => 500 };
        var parallelism = new Option<int>("--parallelism") { Description = "Rows re-screened and written at once.", DefaultValueFactory = _ => 8 };
        var fanOut = new Option<bool>("--fan-out") { Description = "Instead of re-screening here, enqueue one page message per table partition on the rescreen-pages queue for the Functions app's RescreenPage trigger (requires --apply; the app's rules apply)." };
        limit.Validators.Add(r => { if (r.GetValueOrDefault<long?>() is < 1) { r.AddError("--limit must be at least 1."); } });
        pageSize.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 1000) { r.AddError("--page-size must be between 1 and 1000."); } });
        parallelism.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--parallelism must be at least 1."); } });
        var command = new Command("rescreen", "Re-screen stored verdicts (with retained text) under the current rules; report flips; --apply writes new versions, keeping the old ones in history. Exit code: 0 done, 2 some rows failed, 1 error.")
        {
            apply, config, kind, table, historyTable, checkpointTable, connection, limit, restart, pageSize, parallelism, fanOut,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(fanOut) && !r.GetValue(apply))
            {
                r.AddError("--fan-out writes new verdict versions in the Functions app: add --apply.");
            }
        });
        command.SetAction((parse, ct) =>
        {
            var env = environment ?? CliEnvironment.Process;
            var settings = new RescreenSettings(parse.GetValue(apply), parse.GetValue(limit), parse.GetValue(restart), parse.GetValue(pageSize), parse.GetValue(parallelism));
            var tables = (
                Verdicts: parse.GetValue(table) ?? env.Configuration["VerdictStore:TableName"] ?? "PromptVerdicts",
                History: parse.GetValue(historyTable)!,
                Checkpoints: parse.GetValue(checkpointTable)!);
            var connectionName = parse.GetValue(connection) ?? env.Configuration["VerdictStore:Connection"] ?? "GenScreenStorage";
            if (parse.GetValue(fanOut))
            {
                return FanOutAsync(env, connectionName, tables.Verdicts, settings.PageSize, ct);
            }

            return RunAsync(env, parse.GetValue(config), connectionName, tables, settings, ct);
        });
        return command;
    }

    /// <summary>Starts the queue fan-out (docs/bulk-and-eval.md#fan-out-on-azure-queue-storage): the Functions app does the work.</summary>
    private static async Task<int> FanOutAsync(CliEnvironment env, string connectionName, string verdictTable, int pageSize, CancellationToken cancellationToken)
    {
        try
        {
            var pages = StorageClients.CreateQueueServiceClient(env.Configuration, connectionName).GetQueueClient(RescreenQueueOptions.PagesQueue);
            var (run, messages) = await RescreenFanOut.StartAsync(pages, verdictTable, pageSize, cancellationToken).ConfigureAwait(false);
            await env.Out.WriteLineAsync($"rescreen fan-out {run}: {messages} page messages on queue {RescreenQueueOptions.PagesQueue} for table {verdictTable}; failed pages end in {RescreenQueueOptions.PoisonQueue}.").ConfigureAwait(false);
            return BatchExitCodes.Success;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or RequestFailedException)
        {
            await env.Error.WriteLineAsync($"rescreen fan-out failed: {ex.Message}").ConfigureAwait(false);
            return BatchExitCodes.Fatal;
        }
    }

    private static async Task<int> RunAsync(CliEnvironment env, string? config, string connectionName, (string Verdicts, string History, string Checkpoints) tables, RescreenSettings settings, CancellationToken cancellationToken)
    {
        var screener = ScreeningConfiguration.TryCreateScreener(() => ScreeningConfiguration.Load(env.Configuration, config), "the current rules", env.Error);
        if (screener is null)
        {
            return BatchExitCodes.Fatal;
        }

        TableServiceClient service;
        try
        {
            // The SDK's default retry policy, not the service's fail-fast one: this is a batch job, not a request.
            service = StorageClients.CreateTableServiceClient(env.Configuration, connectionName, new TableClientOptions());
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            await env.Error.WriteLineAsync($"Cannot connect to storage: {ex.Message}").ConfigureAwait(false);
            return BatchExitCodes.Fatal;
        }

        var time = TimeProvider.System;
        var target = new PromptRescreenTarget(
            new PromptVerdictTable(service.GetTableClient(tables.Verdicts)),
            new PromptVerdictHistoryStore(service.GetTableClient(tables.History)),
            screener,
            time);
        var checkpoints = new RescreenCheckpointStore(service.GetTableClient(tables.Checkpoints));
        var output = env.Out;
        RescreenReportWriter.WriteHeader(output, target.Kind, target.Source, target.TargetPolicyVersion, settings.Apply);
        try
        {
            var report = await RescreenRun.RunAsync(
                target, checkpoints, settings, (row, result) => RescreenReportWriter.WriteResult(output, row.Position.RowKey, result), time, cancellationToken).ConfigureAwait(false);
            RescreenReportWriter.WriteSummary(output, report, settings.Apply, settings.Limit);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return report.Unsettled > 0 ? BatchExitCodes.SomeFailed : BatchExitCodes.Success;
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or HttpRequestException)
        {
            // Rows done so far are checkpointed: the next run resumes after them.
            await env.Error.WriteLineAsync($"rescreen stopped: storage failed: {ex.Message}").ConfigureAwait(false);
            return BatchExitCodes.Fatal;
        }
    }
}
