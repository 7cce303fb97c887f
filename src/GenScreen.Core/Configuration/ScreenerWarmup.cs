using GenScreen.Core.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenScreen.Core.Configuration;

/// <summary>
/// Compiles the lexicons and policies when the host starts, so a bad lexicon file stops start-up with its
/// message instead of failing the first request, and the first request is as fast as the rest. The indexes only
/// some prompts need (built on first use, so a one-shot CLI verdict never pays for them) are then built
/// on another thread, so the first such request does not wait for them either.
/// </summary>
internal sealed class ScreenerWarmup(IServiceProvider services) : IHostedService
{
    /// <summary>A deferred index failed to build in the background; the first prompt that needs it fails with the same error.</summary>
    private static readonly Action<ILogger, Exception?> DeferredBuildFailed =
        LoggerMessage.Define(LogLevel.Error, new EventId(1602, "DeferredIndexBuildFailed"),
            "Building the deferred lexicon indexes (other scripts, office cues) failed in the background; prompts that need them will fail with this error");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var screener = services.GetRequiredService<PromptScreener>();
        screener.Screen("warm-up", null, screener.DefaultPolicy);
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("GenScreen.Lexicons") ?? NullLogger.Instance;
        _ = BuildInBackground(screener.BuildDeferredIndexes, logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs <paramref name="build"/> on the thread pool. Fire-and-forget would lose a failure (an unobserved task), so
    /// it is logged here; the indexes keep the failure (<see cref="Lazy{T}"/>), so the first prompt that needs one
    /// throws it again rather than screening without it. The returned task never faults (for tests to await).
    /// </summary>
    internal static Task BuildInBackground(Action build, ILogger logger) => Task.Run(() =>
    {
        try
        {
            build();
        }
        catch (Exception ex)
        {
            DeferredBuildFailed(logger, ex);
        }
    }, CancellationToken.None);
}
