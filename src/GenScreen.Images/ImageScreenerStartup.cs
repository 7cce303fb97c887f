using GenScreen.Images.Nsfw;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenScreen.Images;

/// <summary>
/// Loads the NSFW models (both stages) when the host starts: the file is found, its SHA-256 checked against the recorded one
/// (<see cref="NsfwModelInfo.Sha256"/>) and the session built, so a missing or altered model stops start-up with
/// its path and both hashes instead of failing (or worse, screening) at the first image.
/// </summary>
internal sealed class ImageScreenerStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<NsfwClassifier>();
        services.GetRequiredService<NsfwSecondStage>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
