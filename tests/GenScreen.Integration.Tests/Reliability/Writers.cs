using GenScreen.Storage.Verdicts.Transactions;

namespace GenScreen.Integration.Tests.Reliability;

/// <summary>
/// The verdict store's table writer of a kind, on a test's Azurite, as the host builds it from a connection string; with
/// the SDK's default client options, like the <see cref="Azure.Data.Tables.TableServiceClient"/> these tests give the store
/// (the host's 2-s network timeout would retry a slow insert on a loaded machine and turn a "Stored" into a "Replayed").
/// </summary>
internal static class Writers
{
    public static TableWriters For(VerdictTableWriter kind, string connectionString) => kind == VerdictTableWriter.Sdk
        ? TableWriters.Sdk
        : TableWriters.Direct(DirectTableConnection.FromConnectionString(connectionString, new Azure.Data.Tables.TableClientOptions()));
}
