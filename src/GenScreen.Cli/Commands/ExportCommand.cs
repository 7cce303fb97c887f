using System.CommandLine;
using System.Globalization;
using Azure;
using GenScreen.Core.Configuration;
using GenScreen.Http.Evidence;
using GenScreen.Storage.Evidence;
using GenScreen.Storage.Images;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Options;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen export &lt;verdictId&gt; [--out dir] [--include-image]</c>: the evidence package of one verdict for a
/// person filing a report (docs/evidence-package.md). The image is packaged only with <c>--include-image</c>.
/// </summary>
internal static class ExportCommand
{
    public const int ImageMissing = 2;

    public static Command Create(CliEnvironment? environment = null)
    {
        var id = new Argument<string>("verdictId") { Description = "A prompt or image verdict id (32 hex digits)." };
        var output = new Option<string>("--out") { Description = "Directory to write evidence-<verdictId>/ into.", DefaultValueFactory = _ => "." };
        var includeImage = new Option<bool>("--include-image") { Description = "Also package the image (from quarantine, checked against its SHA-256). Handle with care." };
        var table = new Option<string?>("--table") { Description = "Prompt verdict table (default: VerdictStore__TableName, else PromptVerdicts)." };
        var imageTable = new Option<string?>("--image-table") { Description = "Image verdict table (default: ImageScreening__VerdictTable, else ImageVerdicts)." };
        var historyTable = new Option<string>("--history-table") { Description = "Table of replaced verdict versions.", DefaultValueFactory = _ => PromptVerdictHistoryStore.DefaultTableName };
        var connection = new Option<string?>("--connection") { Description = "Name of the storage connection setting (default: VerdictStore__Connection, else GenScreenStorage)." };
        var command = new Command("export", $"Write the evidence package of a verdict. Exit code: 0 written, 1 error (unknown id, storage, existing package), {ImageMissing} written but the image could not be included.")
        {
            id, output, includeImage, table, imageTable, historyTable, connection,
        };
        command.SetAction((parse, ct) =>
        {
            var env = environment ?? CliEnvironment.Process;
            var c = env.Configuration;
            var names = (
                Prompts: parse.GetValue(table) ?? c["VerdictStore:TableName"] ?? "PromptVerdicts",
                Images: parse.GetValue(imageTable) ?? c["ImageScreening:VerdictTable"] ?? new ImageScreeningOptions().VerdictTable,
                History: parse.GetValue(historyTable)!,
                Quarantine: c["ImageScreening:QuarantineContainer"] ?? new ImageScreeningOptions().QuarantineContainer,
                Ledger: c["Reports:LedgerTable"] ?? new ReportOptions().LedgerTable,
                Queue: c["Reports:QueueName"] ?? new ReportOptions().QueueName);
            return RunAsync(env, parse.GetValue(id)!.Trim(), parse.GetValue(output)!, parse.GetValue(includeImage), names, OperatorStorage.ConnectionName(env, parse.GetValue(connection)), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        CliEnvironment env, string verdictId, string output, bool includeImage,
        (string Prompts, string Images, string History, string Quarantine, string Ledger, string Queue) names, string connectionName, CancellationToken ct)
    {
        if (!VerdictIds.IsValid(verdictId))
        {
            await env.Error.WriteLineAsync($"'{verdictId}' is not a verdict id: ids are 32 lower-case hex digits.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        if (OperatorStorage.Tables(env, connectionName) is not { } tables || OperatorStorage.Blobs(env, connectionName) is not { } blobs)
        {
            return ExitCodes.Error;
        }

        var imageOptions = Options.Create(new ImageScreeningOptions { VerdictTable = names.Images, QuarantineContainer = names.Quarantine });
        var reports = new ReportLedger(tables.GetTableClient(names.Ledger),
            Storage.Connections.StorageClients.CreateQueueServiceClient(env.Configuration, connectionName).GetQueueClient(names.Queue), env.Time);
        var sources = new EvidenceSources(
            new PromptVerdictTable(tables.GetTableClient(names.Prompts)),
            new PromptVerdictHistoryStore(tables.GetTableClient(names.History)),
            new ImageVerdictStore(tables, imageOptions),
            reports,
            NoAuditTrail.Instance,
            blobs,
            names.Quarantine,
            env.Time);
        EvidencePackage? package;
        try
        {
            package = await EvidencePackageWriter.WriteAsync(sources, verdictId, output, includeImage, ct).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await env.Error.WriteLineAsync($"export: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or HttpRequestException)
        {
            await env.Error.WriteLineAsync($"export: storage failed: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        if (package is null)
        {
            await env.Error.WriteLineAsync($"No prompt or image verdict with id '{verdictId}' is stored (tables {names.Prompts}, {names.Images}).").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        await env.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Wrote {package.Directory} ({package.Kind} verdict, {package.Files.Count} files; manifest.json lists their SHA-256).")).ConfigureAwait(false);
        foreach (var f in package.Files)
        {
            await env.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {f.Sha256}  {f.Bytes,9}  {f.Path}")).ConfigureAwait(false);
        }

        if (includeImage && !package.ImageIncluded)
        {
            await env.Error.WriteLineAsync($"The image is NOT in the package: {package.ImageProblem}").ConfigureAwait(false);
            return ImageMissing;
        }

        return 0;
    }
}
