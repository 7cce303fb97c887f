using GenScreen.Core.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenScreen.Core.Configuration;

/// <summary>
/// Compiles the lexicons and policies when the host starts, so a bad lexicon file stops start-up with its
/// message instead of failing the first request, and the first request is as fast as the rest. The indexes only
/// prompts in other scripts need (built on first use, so a one-shot CLI verdict never pays for them) are then built
/// on another thread, so the first such request does not wait for them either.
/// </summary>
internal sealed class ScreenerWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var screener = services.GetRequiredService<PromptScreener>();
        screener.Screen("warm-up", null, screener.DefaultPolicy);
        _ = Task.Run(screener.BuildDeferredIndexes, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
