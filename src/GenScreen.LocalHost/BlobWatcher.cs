using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GenScreen.Storage.Images;
using GenScreen.Core.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.LocalHost;

/// <summary>
/// The local host's blob trigger: lists the incoming container every <c>PollInterval</c> (virtual folders
/// included) and hands each unscreened blob version to <see cref="BlobScreeningService"/>. Same semantics as
/// the Functions trigger: at-least-once, one verdict per blob version (the table rows are the receipts, so a
/// restart does not screen anything twice), failures retried on the next pass up to <c>MaxAttempts</c>.
/// In Azure the Event Grid-based blob trigger does this job instead.
/// </summary>
public sealed partial class BlobWatcher(BlobServiceClient blobs, BlobScreeningService screening, IOptions<ImageScreeningOptions> options, ILogger<BlobWatcher> logger) : BackgroundService
{
    private readonly HashSet<(string Name, string ETag)> _handled = [];
    private readonly TaskCompletionSource _firstPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first listing pass after start has ended (whatever it found): the watcher is live.</summary>
    public Task FirstPass => _firstPass.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var container = blobs.GetBlobContainerClient(options.Value.IncomingContainer);
        await container.CreateIfNotExistsAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
        LogWatching(logger, container.Name, options.Value.PollInterval);
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            try
            {
                await PassAsync(container, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, ex);
            }

            _firstPass.TrySetResult();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>One listing pass; public so tests and the CLI can drive the watcher deterministically.</summary>
    public async Task<int> PassAsync(BlobContainerClient container, CancellationToken cancellationToken)
    {
        var pending = new List<(string Name, string ETag)>();
        var listed = new HashSet<(string Name, string ETag)>();
        await foreach (var item in container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var key = (item.Name, item.Properties.ETag?.ToString() ?? string.Empty);
            listed.Add(key);
            // Metadata and tags are the uploader's to set, so they never decide what is screened: every version
            // not handled in this process goes to the service, whose receipt in the verdict table says whether
            // it was screened (a restart costs one table read per blob, never a second screening).
            if (!_handled.Contains(key))
            {
                pending.Add(key);
            }
        }

        // Forget versions no longer listed (moved, deleted, overwritten), so a long-running host's memory stays bounded.
        _handled.IntersectWith(listed);
        var handled = 0;
        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (blob, ct) =>
        {
            try
            {
                await screening.ScreenAsync(container.Name, blob.Name, ct).ConfigureAwait(false);
                lock (_handled)
                {
                    _handled.Add(blob);
                }

                Interlocked.Increment(ref handled);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                LogBlobFailed(logger, blob.Name, ex); // retried on the next pass; attempts are counted
            }
        }).ConfigureAwait(false);
        return handled;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching blob container {Container} every {Interval}")]
    private static partial void LogWatching(ILogger logger, string container, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob watcher pass failed; retrying on the next tick")]
    private static partial void LogPassFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screening blob {Blob} failed; it is retried on the next pass")]
    private static partial void LogBlobFailed(ILogger logger, string blob, Exception ex);
}
