using GenScreen.Core.Detectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GenScreen.ContentSafety.Detection;

/// <summary>Registers Azure AI Content Safety as a prompt and image detector when <c>ContentSafety:Endpoint</c> is configured.</summary>
public static class DetectorServiceCollectionExtensions
{
    public static IServiceCollection AddContentSafetyDetector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentSafety(configuration);
        if (!string.IsNullOrWhiteSpace(configuration[$"{ContentSafetyOptions.SectionName}:{nameof(ContentSafetyOptions.Endpoint)}"]))
        {
            services.AddSingleton<IPromptDetector, ContentSafetyPromptDetector>();
            services.AddSingleton<IImageDetector, ContentSafetyImageDetector>();
        }

        return services;
    }
}
