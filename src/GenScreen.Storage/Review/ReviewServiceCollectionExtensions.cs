using GenScreen.Storage.Connections;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Review;

/// <summary>Registers the moderators' queue: the index (written by the verdict stores), audit, history, reader and actions.</summary>
public static class ReviewServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenReview(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReviewOptions>()
            .Bind(configuration.GetSection(ReviewOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(sp => StorageClients.CreateTableServiceClient(configuration, sp.GetRequiredService<IOptions<VerdictStoreOptions>>().Value.Connection));
        // Only created, never connected, until an image action needs it (prompt-only hosts have no blob container to touch).
        services.TryAddSingleton(sp => StorageClients.CreateBlobServiceClient(configuration, sp.GetRequiredService<IOptions<VerdictStoreOptions>>().Value.Connection));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReviewIndexStore>();
        services.TryAddSingleton<ReviewAuditStore>();
        services.TryAddSingleton<ReviewHistoryStore>();
        services.TryAddSingleton<ReviewReader>();
        services.TryAddSingleton<ReviewActions>();
        return services;
    }
}
