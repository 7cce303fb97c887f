using GenScreen.Core.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenScreen.Core.Configuration;

/// <summary>Registers the screening core. Options are validated at start-up, and the lexicons compiled then too.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenCore(this IServiceCollection services, Action<OptionsBuilder<ScreeningOptions>> bind)
    {
        var builder = services.AddOptions<ScreeningOptions>().ValidateDataAnnotations().ValidateOnStart();
        bind(builder);
        services.AddSingleton(sp => ScreeningSetup.CreateScreener(sp.GetRequiredService<IOptions<ScreeningOptions>>().Value, [], sp.GetService<TimeProvider>()));
        services.AddSingleton<PromptScreeningService>();
        services.AddHostedService<ScreenerWarmup>();
        return services;
    }
}
