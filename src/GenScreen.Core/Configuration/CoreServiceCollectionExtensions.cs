using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons.Snapshot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Core.Configuration;

/// <summary>Registers the screening core. Options are validated at start-up, and the lexicons compiled then too.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>Start-up parsed lexicon JSON that the build-time snapshot should have held: slower, same verdicts (logged once).</summary>
    private static readonly Action<ILogger, string, Exception?> SnapshotFallback =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(1601, "LexiconSnapshotFallback"), "{Notice}");

    /// <summary>Start-up built the term indexes in memory instead of reading the build-time image: slower, same verdicts (logged once).</summary>
    private static readonly Action<ILogger, string, Exception?> TermIndexImageFallback =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(1603, "TermIndexImageFallback"), "{Notice}");

    public static IServiceCollection AddGenScreenCore(this IServiceCollection services, Action<OptionsBuilder<ScreeningOptions>> bind)
    {
        var builder = services.AddOptions<ScreeningOptions>().ValidateDataAnnotations().ValidateOnStart();
        bind(builder);
        services.AddSingleton(sp =>
        {
            var screener = ScreeningSetup.CreateScreener(sp.GetRequiredService<IOptions<ScreeningOptions>>().Value, [], sp.GetService<TimeProvider>());
            if (LexiconSnapshot.TakeNotice() is { } notice && sp.GetService<ILoggerFactory>() is { } loggers)
            {
                SnapshotFallback(loggers.CreateLogger("GenScreen.Lexicons"), notice, null);
            }

            if (screener.TermIndexImageNotice() is { } imageNotice && sp.GetService<ILoggerFactory>() is { } imageLoggers)
            {
                TermIndexImageFallback(imageLoggers.CreateLogger("GenScreen.Lexicons"), imageNotice, null);
            }

            return screener;
        });
        services.AddSingleton<PromptScreeningService>();
        services.AddHostedService<ScreenerWarmup>();
        return services;
    }
}
