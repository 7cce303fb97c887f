using Azure.Data.Tables;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScreen.Cli.Tests.Rescreen;

/// <summary>
/// A fresh set of tables (verdicts, history, checkpoints) on the shared Azurite, verdicts written through
/// the service's own write path, and the command-line arguments that point rescreen at them.
/// </summary>
public sealed class VerdictTables
{
    public VerdictTables(string connectionString)
    {
        ConnectionString = connectionString;
        Service = new TableServiceClient(connectionString);
        Store = new TablePromptVerdictStore(Service, Options.Create(new VerdictStoreOptions { TableName = Verdicts }), new VerdictRetryBacklog(16), NullLogger<TablePromptVerdictStore>.Instance);
        History = new PromptVerdictHistoryStore(Service.GetTableClient(HistoryName));
    }

    /// <summary>The built-in rules: what "today" stored.</summary>
    public static PromptScreener BuiltIn { get; } = ScreeningSetup.CreateScreener(new ScreeningOptions());

    public string ConnectionString { get; }

    public string Verdicts { get; } = AzuriteFixture.UniqueTableName("V");

    public string HistoryName { get; } = AzuriteFixture.UniqueTableName("H");

    public string Checkpoints { get; } = AzuriteFixture.UniqueTableName("C");

    public TableServiceClient Service { get; }

    public TablePromptVerdictStore Store { get; }

    public PromptVerdictHistoryStore History { get; }

    public IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["GenScreenStorage"] = ConnectionString };

    public string[] Args(params string[] extra) =>
        ["rescreen", "--table", Verdicts, "--history-table", HistoryName, "--checkpoint-table", Checkpoints, .. extra];

    /// <summary>Screens with the built-in rules and records the verdict as the service would, text retained or not.</summary>
    public async Task<string> SaveAsync(string prompt, string policy, bool retainText = true, string? verdictId = null)
    {
        var verdict = BuiltIn.Screen(prompt, null, policy);
        var id = verdictId ?? VerdictIds.NewRandom();
        var stored = new StoredPromptVerdict(id, verdict, PromptHash.Of(prompt), null, prompt.Length, retainText ? prompt : null, null, $"req-{id}", "user-1", "sdxl", DateTimeOffset.UtcNow);
        var result = await Store.SaveAsync(stored, CancellationToken.None);
        Assert.Equal(VerdictWriteOutcome.Stored, result.Outcome);
        return id;
    }

    public async Task<StoredPromptVerdict> GetAsync(string verdictId) =>
        await Store.GetAsync(verdictId, CancellationToken.None) ?? throw new InvalidOperationException($"verdict {verdictId} is gone");

    public async Task<int> HistoryRowCountAsync()
    {
        var count = 0;
        try
        {
            await foreach (var _ in Service.GetTableClient(HistoryName).QueryAsync<TableEntity>())
            {
                count++;
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return 0; // never created: a dry run writes nothing
        }

        return count;
    }
}
