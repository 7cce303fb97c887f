using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using GenScreen.Storage.Reports;

namespace GenScreen.Integration.Tests.Reports;

/// <summary>A test's own reports queue and ledger table on the shared Azurite, and the host settings that point at them.</summary>
internal sealed class ReportQueue
{
    public ReportQueue(string connectionString)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        Name = $"reports-{id}";
        LedgerTable = $"Reports{id}";
        Client = new QueueClient(connectionString, Name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
    }

    public string Name { get; }

    public string LedgerTable { get; }

    public QueueClient Client { get; }

    public Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["Reports:QueueName"] = Name, ["Reports:LedgerTable"] = LedgerTable };
        foreach (var (k, v) in more ?? [])
        {
            settings[k] = v;
        }

        return settings;
    }

    /// <summary>Every message now on the queue (peeked, so they stay), decoded; none when the queue was never created.</summary>
    public async Task<List<(string Text, ReportMessage Message)>> MessagesAsync()
    {
        try
        {
            PeekedMessage[] peeked = (await Client.PeekMessagesAsync(maxMessages: 32)).Value;
            return peeked.Select(m => (m.Body.ToString(), ReportMessage.FromJson(m.Body.ToString())!)).ToList();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }
    }
}
