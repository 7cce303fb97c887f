using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScreen.ContentSafety;

/// <summary>DI registration of the Content Safety detector's clients.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="ContentSafetyOptions"/> from the "ContentSafety" section (always,
    /// so the detector can see it is disabled) and, only when an endpoint is configured, registers
    /// <see cref="ContentSafetyClient"/> and <see cref="BlocklistClient"/> as singletons (they hold an
    /// HTTP pipeline and a token cache, so one instance per process).
    /// </summary>
    public static IServiceCollection AddContentSafety(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        IConfigurationSection section = configuration.GetSection(ContentSafetyOptions.SectionName);
        services.AddOptions<ContentSafetyOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The clients' timeouts and retry waits, and the detectors' call budget, run on the host's clock.
        services.TryAddSingleton(TimeProvider.System);

        if (string.IsNullOrWhiteSpace(section[nameof(ContentSafetyOptions.Endpoint)]))
        {
            return services;
        }

        services.TryAddSingleton(provider =>
        {
            ContentSafetyOptions options = provider.GetRequiredService<IOptions<ContentSafetyOptions>>().Value;
            ILogger logger = provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(ContentSafetyClient)) ?? NullLogger.Instance;
            string authentication = ContentSafetyClientFactory.DescribeAuthentication(options);
            ContentSafetyLog.Enabled(logger, options.Endpoint!, authentication, options.Timeout, options.MaxRetries, options.FailureMode);
            return ContentSafetyClientFactory.CreateClients(options, provider.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton(provider => provider.GetRequiredService<ContentSafetyClientSet>().Analysis);
        services.TryAddSingleton(provider => provider.GetRequiredService<ContentSafetyClientSet>().Blocklists);
        return services;
    }
}
