using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Connections;

/// <summary>
/// The image, review and hash-bank stores all live on the verdict store's connection: whichever of them a host
/// registers first adds the table and blob service clients of that connection, the others reuse them.
/// </summary>
internal static class VerdictConnectionClients
{
    public static IServiceCollection TryAddVerdictConnectionClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(sp => StorageClients.CreateTableServiceClient(configuration, ConnectionName(sp)));
        // Only created, never connected, until something needs a blob (prompt-only hosts have no container to touch).
        services.TryAddSingleton(sp => StorageClients.CreateBlobServiceClient(configuration, ConnectionName(sp)));
        return services;
    }

    private static string ConnectionName(IServiceProvider services) =>
        services.GetRequiredService<IOptions<VerdictStoreOptions>>().Value.Connection;
}
