using System.CommandLine;
using System.Globalization;
using Azure;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Stats;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen stats --since 24h</c>: counts by decision and category and p50/p99 screening latency of the verdicts
/// screened since then, read from the verdict tables (prompt latency is stored since issue 11; older rows are counted
/// but have no latency). See docs/reports.md#stats.
/// </summary>
internal static class StatsCommand
{
    public static Command Create(CliEnvironment? environment = null)
    {
        var since = new Option<string>("--since") { Description = "How far back: a duration (30s, 90m, 24h, 7d, 2w) or a timestamp with offset (2026-11-30T00:00:00Z).", Required = true };
        var table = new Option<string?>("--table") { Description = "Prompt verdict table (default: VerdictStore__TableName, else PromptVerdicts)." };
        var imageTable = new Option<string?>("--image-table") { Description = "Image verdict table (default: ImageScreening__VerdictTable, else ImageVerdicts)." };
        var noImages = new Option<bool>("--no-images") { Description = "Prompt verdicts only." };
        var connection = new Option<string?>("--connection") { Description = "Name of the storage connection setting (default: VerdictStore__Connection, else GenScreenStorage)." };
        var command = new Command("stats", "Counts by decision and category, p50/p99 latency, of verdicts since a time. Exit code: 0, or 1 on bad input or storage failure.")
        {
            since, table, imageTable, noImages, connection,
        };
        command.SetAction((parse, ct) =>
        {
            var env = environment ?? CliEnvironment.Process;
            return RunAsync(env, parse.GetValue(since)!,
                parse.GetValue(table) ?? env.Configuration["VerdictStore:TableName"] ?? "PromptVerdicts",
                parse.GetValue(noImages) ? null : parse.GetValue(imageTable) ?? env.Configuration["ImageScreening:VerdictTable"] ?? "ImageVerdicts",
                OperatorStorage.ConnectionName(env, parse.GetValue(connection)), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment env, string sinceText, string table, string? imageTable, string connectionName, CancellationToken ct)
    {
        if (!SinceArgument.TryParse(sinceText, env.Time.GetUtcNow(), out var since, out var error))
        {
            await env.Error.WriteLineAsync(error).ConfigureAwait(false);
            return ExitCodes.Error;
        }

        if (OperatorStorage.Tables(env, connectionName) is not { } tables)
        {
            return ExitCodes.Error;
        }

        VerdictStats stats;
        try
        {
            stats = await VerdictStatistics.CollectAsync(tables.GetTableClient(table), imageTable is null ? null : tables.GetTableClient(imageTable), since, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or HttpRequestException)
        {
            await env.Error.WriteLineAsync($"stats: storage failed: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        await Write(env.Out, stats, env.Time.GetUtcNow()).ConfigureAwait(false);
        return 0;
    }

    private static async Task Write(TextWriter w, VerdictStats stats, DateTimeOffset now)
    {
        var inv = CultureInfo.InvariantCulture;
        await w.WriteLineAsync(string.Create(inv, $"Verdicts screened since {stats.Since:yyyy-MM-dd'T'HH:mm:ss'Z'} (to {now:yyyy-MM-dd'T'HH:mm:ss'Z'})")).ConfigureAwait(false);
        Decision[] decisions = [Decision.Allow, Decision.Review, Decision.Block];
        foreach (var k in stats.Kinds)
        {
            await w.WriteLineAsync().ConfigureAwait(false);
            await w.WriteLineAsync(string.Create(inv, $"{k.Kind} ({k.Table}): {k.Total} verdict(s)")).ConfigureAwait(false);
            await w.WriteLineAsync(string.Create(inv, $"  {"decision",-18}{"allow",8}{"review",8}{"block",8}")).ConfigureAwait(false);
            await w.WriteLineAsync(string.Create(inv, $"  {"all",-18}{k.Count(Decision.Allow),8}{k.Count(Decision.Review),8}{k.Count(Decision.Block),8}")).ConfigureAwait(false);
            foreach (var category in Enum.GetValues<HarmCategory>())
            {
                var counts = decisions.Select(d => k.Count(category, d)).ToArray();
                if (counts.Sum() > 0)
                {
                    await w.WriteLineAsync(string.Create(inv, $"  {WireNames.Of(category),-18}{counts[0],8}{counts[1],8}{counts[2],8}")).ConfigureAwait(false);
                }
            }

            var p50 = k.Percentile(50);
            var p99 = k.Percentile(99);
            await w.WriteLineAsync(p50 is null
                ? "  latency: none recorded"
                : string.Create(inv, $"  latency (ms, {k.Latencies.Count} with latency): p50 {p50:0.###}  p99 {p99:0.###}")).ConfigureAwait(false);
            if (k.WithoutLatency > 0)
            {
                await w.WriteLineAsync(string.Create(inv, $"  {k.WithoutLatency} verdict(s) without stored latency (written before latency was recorded)")).ConfigureAwait(false);
            }
        }
    }
}
