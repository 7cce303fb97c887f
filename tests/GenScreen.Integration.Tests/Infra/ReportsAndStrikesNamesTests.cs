using System.Text.Json;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Strikes;

namespace GenScreen.Integration.Tests.Infra;

/// <summary>The strike table, report ledger and reports queue the Bicep creates are the ones the code uses by default.</summary>
public sealed class ReportsAndStrikesNamesTests
{
    private static readonly JsonElement Names = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("infra", "names.json"))).RootElement;

    [Fact]
    public void NamesJson_StrikesReportLedgerAndQueue_MatchTheOptionDefaults()
    {
        Assert.Equal(Names.GetProperty("tables").GetProperty("strikes").GetString(), new StrikeOptions().TableName);
        Assert.Equal(Names.GetProperty("tables").GetProperty("reportLedger").GetString(), new ReportOptions().LedgerTable);
        Assert.Equal(Names.GetProperty("queues").GetProperty("reports").GetString(), new ReportOptions().QueueName);
    }

    [Fact]
    public void MainBicep_CreatesThemOnTheContentAccount()
    {
        var main = File.ReadAllText(RepositoryFiles.PathOf("infra", "main.bicep"));
        var storage = File.ReadAllText(RepositoryFiles.PathOf("infra", "core", "content-storage.bicep"));

        Assert.Contains("names.tables.strikes", main, StringComparison.Ordinal);
        Assert.Contains("names.tables.reportLedger", main, StringComparison.Ordinal);
        Assert.Contains("names.queues.reports", main, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Storage/storageAccounts/queueServices/queues@", storage, StringComparison.Ordinal);
    }
}
