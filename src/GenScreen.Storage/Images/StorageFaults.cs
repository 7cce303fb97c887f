using System.Net.Sockets;
using Azure;

namespace GenScreen.Storage.Images;

/// <summary>
/// Failures of the storage service or the network rather than of the image: 5xx, throttling, timeouts, dropped
/// connections (what the SDK's own retries gave up on). They are not held against a blob: an allowed image must
/// never end in quarantine as <c>screening-failed</c> because Azurite or the network was down three times.
/// </summary>
internal static class StorageFaults
{
    public static bool IsTransient(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        RequestFailedException r => r.Status is 0 or 408 or 429 or >= 500,
        HttpRequestException or IOException or SocketException => true,
        // The SDK's network timeout surfaces as a cancellation that the caller did not ask for.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(e => IsTransient(e, cancellationToken)),
        _ => false,
    };
}
