using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenScreen.Images.People;

/// <summary>
/// Loads the enrolled people at start and polls the store's change marker every <c>People:RefreshInterval</c>
/// (on the host's <see cref="TimeProvider"/>), reloading the matcher and the prompt names when it moved. A failed poll
/// is logged and retried at the next tick; matching keeps the last good snapshot meanwhile.
/// </summary>
public sealed partial class ProtectedPeopleRefreshService(ProtectedPersonMatcher matcher, TimeSpan interval, TimeProvider time, ILogger<ProtectedPeopleRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                if (await matcher.RefreshAsync(stoppingToken).ConfigureAwait(false))
                {
                    LogReloaded(logger, matcher.PersonCount, matcher.DescriptorCount, matcher.SkippedDescriptors);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRefreshFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Protected people loaded: {People} people, {Descriptors} face descriptors ({Skipped} from another model skipped).")]
    private static partial void LogReloaded(ILogger logger, int people, int descriptors, int skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading protected people failed; matching keeps the last loaded set.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
