using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
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
        var connectionString = configuration[connectionName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new TableServiceClient(connectionString, options);
        }

        var section = configuration.GetSection(connectionName);
        var uri = section["tableServiceUri"]
            ?? throw new InvalidOperationException(
                $"Storage connection '{connectionName}' is not configured: set '{connectionName}' to a connection string, " +
                $"or '{connectionName}__tableServiceUri' (with '{connectionName}__credential=managedidentity' in Azure).");
        return new TableServiceClient(new Uri(uri), Credential(section), options);
    }

    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration, string connectionName)
    {
        var connectionString = configuration[connectionName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new BlobServiceClient(connectionString);
        }

        var section = configuration.GetSection(connectionName);
        var uri = section["blobServiceUri"]
            ?? throw new InvalidOperationException(
                $"Storage connection '{connectionName}' is not configured: set '{connectionName}' to a connection string, " +
                $"or '{connectionName}__blobServiceUri' (with '{connectionName}__credential=managedidentity' in Azure).");
        return new BlobServiceClient(new Uri(uri), Credential(section));
    }

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

    private static TokenCredential Credential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        return string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrEmpty(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
