using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenScreen.Images.Faces;

/// <summary>
/// Loads the face models when the host starts (if faces are enabled): missing or altered files stop start-up with
/// their path and both hashes (<see cref="Models.ModelIntegrityException"/>) instead of failing at the first image.
/// </summary>
internal sealed class FaceAnalyzerStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IOptions<FaceAnalyzerOptions>>().Value.Enabled)
        {
            services.GetRequiredService<FaceAnalyzer>();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
