using Azure.Data.Tables;
using GenScreen.Storage.Connections;
using Microsoft.Extensions.Configuration;

namespace GenScreen.Storage.Verdicts.Transactions;

/// <summary>Which client sends the verdict store's inserts and entity group transactions (<c>VerdictStore:TableWriter</c>).</summary>
public enum VerdictTableWriter
{
    /// <summary>The <c>$batch</c> body and inserts written here onto the Table service's wire contract (default).</summary>
    Direct,

    /// <summary>The Azure SDK's <see cref="TableClient"/> (<c>AddEntity</c>, <c>SubmitTransaction</c>).</summary>
    Sdk,
}

/// <summary>
/// Chooses the writer of the group-committed tables (verdicts, the review index) once per host, so both tables go through
/// the same client. Without one (tests and tools that hold only a <see cref="TableServiceClient"/>) the SDK writes.
/// </summary>
public sealed class TableWriters
{
    private readonly DirectTableConnection? _direct;

    private TableWriters(DirectTableConnection? direct) => _direct = direct;

    public VerdictTableWriter Kind => _direct is null ? VerdictTableWriter.Sdk : VerdictTableWriter.Direct;

    public static TableWriters Sdk { get; } = new(null);

    public static TableWriters Direct(DirectTableConnection connection) => new(connection ?? throw new ArgumentNullException(nameof(connection)));

    /// <summary>The configured writer for the connection named <paramref name="connectionName"/> (as <see cref="StorageClients"/> resolves it).</summary>
    public static TableWriters Create(VerdictTableWriter kind, IConfiguration configuration, string connectionName) => kind switch
    {
        VerdictTableWriter.Sdk => Sdk,
        VerdictTableWriter.Direct => Direct(StorageClients.CreateDirectTableConnection(configuration, connectionName)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "VerdictStore:TableWriter is Direct or Sdk."),
    };

    internal ITableInserts For(TableClient table) =>
        _direct is null ? new SdkTableInserts(table) : new DirectTableInserts(_direct, table.Name);
}
