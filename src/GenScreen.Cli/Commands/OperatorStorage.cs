using Azure.Data.Tables;
using Azure.Storage.Blobs;
using GenScreen.Storage.Connections;

namespace GenScreen.Cli.Commands;

/// <summary>
/// Storage clients of the operator commands (strikes, stats, export), from the same settings the service reads
/// (<c>GenScreenStorage</c>, or <c>VerdictStore__Connection</c> naming another), with the SDK's default retries: an
/// operator command, not a request on the hot path. Null (and a message) when the connection is not configured.
/// </summary>
internal static class OperatorStorage
{
    public static string ConnectionName(CliEnvironment env, string? explicitName) =>
        explicitName ?? env.Configuration["VerdictStore:Connection"] ?? "GenScreenStorage";

    public static TableServiceClient? Tables(CliEnvironment env, string connectionName)
    {
        try
        {
            return StorageClients.CreateTableServiceClient(env.Configuration, connectionName, new TableClientOptions());
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            env.Error.WriteLine($"Cannot connect to storage: {ex.Message}");
            return null;
        }
    }

    public static BlobServiceClient? Blobs(CliEnvironment env, string connectionName)
    {
        try
        {
            return StorageClients.CreateBlobServiceClient(env.Configuration, connectionName);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            env.Error.WriteLine($"Cannot connect to blob storage: {ex.Message}");
            return null;
        }
    }
}
