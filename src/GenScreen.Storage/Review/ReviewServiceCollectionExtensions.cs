using GenScreen.Storage.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.TryAddVerdictConnectionClients(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReviewIndexStore>();
        services.TryAddSingleton<ReviewAuditStore>();
        services.TryAddSingleton<ReviewHistoryStore>();
        services.TryAddSingleton<ReviewReader>();
        services.TryAddSingleton<ReviewActions>();
        return services;
    }
}
