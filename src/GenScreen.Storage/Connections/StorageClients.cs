using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using GenScreen.Storage.Verdicts.Transactions;
using Microsoft.Extensions.Configuration;

namespace GenScreen.Storage.Connections;

/// <summary>
/// Resolves a storage connection the way Azure Functions does: either a connection string in the setting
/// itself (Azurite, local runs), or an identity-based section (<c>NAME__tableServiceUri</c>,
/// <c>NAME__credential=managedidentity</c>, <c>NAME__clientId</c>) so no key is ever configured in Azure.
/// </summary>
public static class StorageClients
{
    public static TableServiceClient CreateTableServiceClient(IConfiguration configuration, string connectionName, TableClientOptions? options = null)
    {
        options ??= DefaultTableOptions();
        return ConnectionString(configuration, connectionName) is { } connectionString
            ? new TableServiceClient(connectionString, options)
            : new TableServiceClient(ServiceUri(configuration, connectionName, "tableServiceUri"), Credential(configuration.GetSection(connectionName)), options);
    }

    /// <summary>
    /// The direct table writer's connection (<c>VerdictStore:TableWriter=Direct</c>) for the same setting: the account key
    /// of a connection string, or the identity-based section's token credential, with the same retry options.
    /// </summary>
    public static DirectTableConnection CreateDirectTableConnection(IConfiguration configuration, string connectionName) =>
        ConnectionString(configuration, connectionName) is { } connectionString
            ? DirectTableConnection.FromConnectionString(connectionString, DefaultTableOptions())
            : DirectTableConnection.FromIdentity(ServiceUri(configuration, connectionName, "tableServiceUri"), Credential(configuration.GetSection(connectionName)), DefaultTableOptions());

    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration, string connectionName, BlobClientOptions? options = null)
    {
        options ??= DefaultBlobOptions();
        return ConnectionString(configuration, connectionName) is { } connectionString
            ? new BlobServiceClient(connectionString, options)
            : new BlobServiceClient(ServiceUri(configuration, connectionName, "blobServiceUri"), Credential(configuration.GetSection(connectionName)), options);
    }

    /// <summary>
    /// Queues carry Base64 messages, the encoding a queue-triggered function reads by default, so a consumer can be
    /// a Functions queue trigger as well as a plain <see cref="QueueClient"/>.
    /// </summary>
    public static QueueServiceClient CreateQueueServiceClient(IConfiguration configuration, string connectionName)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        return ConnectionString(configuration, connectionName) is { } connectionString
            ? new QueueServiceClient(connectionString, options)
            : new QueueServiceClient(ServiceUri(configuration, connectionName, "queueServiceUri"), Credential(configuration.GetSection(connectionName)), options);
    }

    /// <summary>The connection-string form (Azurite, local runs); null when the setting is absent or blank.</summary>
    private static string? ConnectionString(IConfiguration configuration, string connectionName) =>
        configuration[connectionName] is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>The identity-based form: <c>NAME__tableServiceUri</c> / <c>NAME__blobServiceUri</c> / <c>NAME__queueServiceUri</c>.</summary>
    private static Uri ServiceUri(IConfiguration configuration, string connectionName, string uriKey) =>
        new(configuration.GetSection(connectionName)[uriKey]
            ?? throw new InvalidOperationException(
                $"Storage connection '{connectionName}' is not configured: set '{connectionName}' to a connection string, " +
                $"or '{connectionName}__{uriKey}' (with '{connectionName}__credential=managedidentity' in Azure)."));

    /// <summary>Fast-failing defaults: a verdict write has a budget of seconds, not minutes.</summary>
    public static TableClientOptions DefaultTableOptions()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(2);
        return options;
    }

    /// <summary>
    /// Blob work runs in the background (a trigger, not a caller waiting): more and longer retries than a verdict
    /// write, so 503s, throttling and dropped connections are absorbed here instead of costing a delivery. Every
    /// blob step is idempotent or guarded by an ETag, so a retried request whose first try landed is harmless.
    /// The SDK's defaults (100 s network timeout) would hold a delivery for minutes on a silent connection.
    /// </summary>
    public static BlobClientOptions DefaultBlobOptions()
    {
        var options = new BlobClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 5;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(5);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return options;
    }

    private static TokenCredential Credential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        return string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrEmpty(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
