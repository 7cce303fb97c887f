using GenScreen.Core.Configuration;
using GenScreen.Storage.Connections;
using GenScreen.Storage.HashBanks;
using GenScreen.Storage.Images;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenScreen.Storage;

/// <summary>Registers the blob side of image screening: verdict rows, quarantine, the per-delivery service (the local host adds its watcher).</summary>
public static class ImageStorageServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenImageStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImageScreeningOptions>()
            .Bind(configuration.GetSection(ImageScreeningOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddVerdictConnectionClients(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ImageVerdictStore>();
        services.AddSingleton<QuarantineMover>();
        services.AddSingleton<ImagePublisher>();
        services.AddSingleton<BlobScreeningService>();
        services.AddSingleton<ImageApprovals>();
        services.AddGenScreenHashBanks(configuration);
        return services;
    }
}
