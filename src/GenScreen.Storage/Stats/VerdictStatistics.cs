using Azure;
using Azure.Data.Tables;
using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Stats;

/// <summary>
/// Counts by decision and category and latency percentiles over the verdicts screened since a moment, read from the
/// verdict tables. The tables are keyed by verdict id, not time, so this is a filtered scan (the service filters on
/// <c>ScreenedAt</c> and returns only the few columns asked for): fine for an operator's question, not for a
/// dashboard polled every second (that is what the telemetry counters are for).
/// </summary>
public static class VerdictStatistics
{
    private static readonly string[] PromptColumns = ["Decision", "Categories", "ScreenMs"];
    private static readonly string[] ImageColumns = ["Decision", "Categories", "TotalMs", "Action"];

    public static async Task<VerdictStats> CollectAsync(TableClient prompts, TableClient? images, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        var prompt = await CollectAsync(prompts, "prompt", since, PromptColumns, "ScreenMs", cancellationToken).ConfigureAwait(false);
        var image = images is null ? null : await CollectAsync(images, "image", since, ImageColumns, "TotalMs", cancellationToken).ConfigureAwait(false);
        return new VerdictStats(since, image is null ? [prompt] : [prompt, image]);
    }

    private static async Task<KindStats> CollectAsync(TableClient table, string kind, DateTimeOffset since, string[] columns, string latencyColumn, CancellationToken cancellationToken)
    {
        var stats = new KindStats(kind, table.Name);
        // Alias and failed-attempt rows of the image table have no ScreenedAt, so the filter leaves them out too.
        var filter = TableClient.CreateQueryFilter($"ScreenedAt ge {since}");
        try
        {
            await foreach (var e in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: columns, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                // An unreadable decision counts as block, as everywhere else.
                var decision = WireNames.TryParseDecision(e.GetString("Decision"), out var d) ? d : Decision.Block;
                stats.Add(decision, ReadCategories(e.GetString("Categories")), e.GetDouble(latencyColumn));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // no table yet: nothing screened
        }

        return stats;
    }

    private static IReadOnlyList<CategorySeverity> ReadCategories(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(json);
            return VerdictJson.ReadCategories(doc.RootElement);
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }
}
