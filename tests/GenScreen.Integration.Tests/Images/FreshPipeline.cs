using Azure.Data.Tables;
using Azure.Storage.Blobs;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Storage.Images;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// A new instance of the blob pipeline, as a restarted process would build it (new service, mover and verdict store,
/// nothing shared in memory), over the host's screener and options, talking to storage through the given clients.
/// </summary>
internal static class FreshPipeline
{
    public static BlobScreeningService Create(ImageHost host, BlobServiceClient blobs, TableServiceClient tables, IImageStepHook? hook = null)
    {
        var services = host.Host.App.Services;
        var options = services.GetRequiredService<IOptions<ImageScreeningOptions>>();
        var mover = new QuarantineMover(blobs, options, NullLogger<QuarantineMover>.Instance);
        var service = new BlobScreeningService(
            blobs,
            new ImageVerdictStore(tables, options),
            mover,
            services.GetRequiredService<IImageScreener>(),
            services.GetRequiredService<IPromptVerdictStore>(),
            options,
            TimeProvider.System,
            NullLogger<BlobScreeningService>.Instance);
        if (hook is not null)
        {
            service.Steps = hook;
            mover.Steps = hook;
        }

        return service;
    }
}

/// <summary>Stops the pipeline at one step, once: runs <paramref name="crash"/> there (abandon the process, or take storage down).</summary>
internal sealed class StopAt(ImageStep step, Func<CancellationToken, ValueTask> crash) : IImageStepHook
{
    public bool Reached { get; private set; }

    public async ValueTask ReachedAsync(ImageStep at, string receiptId, CancellationToken cancellationToken)
    {
        if (at == step && !Reached)
        {
            Reached = true;
            await crash(cancellationToken);
        }
    }
}
