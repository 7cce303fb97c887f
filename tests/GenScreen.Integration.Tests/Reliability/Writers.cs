using GenScreen.Storage.Connections;
using GenScreen.Storage.Verdicts.Transactions;

namespace GenScreen.Integration.Tests.Reliability;

/// <summary>The verdict store's table writer of a kind, on a test's Azurite, as the host builds it from a connection string.</summary>
internal static class Writers
{
    public static TableWriters For(VerdictTableWriter kind, string connectionString) => kind == VerdictTableWriter.Sdk
        ? TableWriters.Sdk
        : TableWriters.Direct(DirectTableConnection.FromConnectionString(connectionString, StorageClients.DefaultTableOptions()));
}
