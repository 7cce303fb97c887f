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
/// A version whose deliveries keep failing (whatever the cause, also storage faults the service does not hold
/// against the image) is given up after <c>MaxDeliveries</c> and recorded as poison: bounded, never a silent loop.
/// In Azure the Event Grid-based blob trigger does this job instead (poisonBlobThreshold, webjobs-blobtrigger-poison).
/// </summary>
public sealed partial class BlobWatcher(BlobServiceClient blobs, BlobScreeningService screening, ImageVerdictStore verdicts, IOptions<ImageScreeningOptions> options, ILogger<BlobWatcher> logger) : BackgroundService
{
    private readonly HashSet<(string Name, string ETag)> _handled = [];
    private readonly Dictionary<(string Name, string ETag), int> _failures = [];
    private readonly HashSet<(string Name, string ETag)> _poisoned = [];
    private readonly TaskCompletionSource _firstPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first listing pass after start has ended (whatever it found): the watcher is live.</summary>
    public Task FirstPass => _firstPass.Task;

    /// <summary>Blob versions given up as poison by this process (also recorded in the verdict table's attempts row).</summary>
    public IReadOnlyCollection<(string Name, string ETag)> Poisoned
    {
        get
        {
            lock (_handled)
            {
                return [.. _poisoned];
            }
        }
    }

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
        var pending = new List<(string Name, string ETag, string Version)>();
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
                pending.Add((key.Name, key.Item2, item.VersionId ?? key.Item2));
            }
        }

        // Forget versions no longer listed (moved, deleted, overwritten), so a long-running host's memory stays bounded.
        lock (_handled)
        {
            _handled.IntersectWith(listed);
            _poisoned.IntersectWith(listed);
            foreach (var gone in _failures.Keys.Where(k => !listed.Contains(k)).ToList())
            {
                _failures.Remove(gone);
            }
        }

        var handled = 0;
        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (blob, ct) =>
        {
            try
            {
                await screening.ScreenAsync(container.Name, blob.Name, ct).ConfigureAwait(false);
                lock (_handled)
                {
                    _handled.Add((blob.Name, blob.ETag));
                    _failures.Remove((blob.Name, blob.ETag));
                }

                Interlocked.Increment(ref handled);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                await FailedAsync(container.Name, blob, ex, ct).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        return handled;
    }

    /// <summary>Counts a failed delivery; at the budget, stops retrying this version and records it as poison.</summary>
    private async Task FailedAsync(string container, (string Name, string ETag, string Version) blob, Exception error, CancellationToken cancellationToken)
    {
        int deliveries;
        lock (_handled)
        {
            deliveries = _failures[(blob.Name, blob.ETag)] = _failures.GetValueOrDefault((blob.Name, blob.ETag)) + 1;
            if (deliveries >= options.Value.MaxDeliveries)
            {
                _handled.Add((blob.Name, blob.ETag)); // not delivered again until it changes or the host restarts
                _poisoned.Add((blob.Name, blob.ETag));
            }
        }

        if (deliveries < options.Value.MaxDeliveries)
        {
            LogBlobFailed(logger, blob.Name, deliveries, options.Value.MaxDeliveries, error); // retried on the next pass
            return;
        }

        LogPoison(logger, blob.Name, deliveries, error);
        try
        {
            await verdicts.RecordPoisonDeliveryAsync(ImageReceipts.IdOf(container, blob.Name, blob.Version), deliveries, $"{error.GetType().Name}: {error.Message}", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogPoisonNotRecorded(logger, blob.Name, ex); // the error log above still names it
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching blob container {Container} every {Interval}")]
    private static partial void LogWatching(ILogger logger, string container, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob watcher pass failed; retrying on the next tick")]
    private static partial void LogPassFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screening blob {Blob} failed (delivery {Delivery} of {MaxDeliveries}); it is retried on the next pass")]
    private static partial void LogBlobFailed(ILogger logger, string blob, int delivery, int maxDeliveries, Exception ex);

    [LoggerMessage(Level = LogLevel.Error, Message = "POISON: blob {Blob} failed {Deliveries} deliveries and is no longer retried by this host; it stays unscreened (untagged) until it is rewritten or the host restarts")]
    private static partial void LogPoison(ILogger logger, string blob, int deliveries, Exception ex);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record blob {Blob} as poison in the verdict table")]
    private static partial void LogPoisonNotRecorded(ILogger logger, string blob, Exception ex);
}
