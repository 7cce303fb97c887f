using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using Azure;

namespace GenScreen.ContentSafety;

/// <summary>
/// Maps Azure.Core's transport failures to <see cref="RequestFailedException"/>. Azure.Core reports a
/// per-try network timeout as a TaskCanceledException and, after several failed tries, an
/// AggregateException; a detector should not have to know either shape.
/// </summary>
internal static class FailureTranslator
{
    public const string TimeoutErrorCode = "ClientTimeout";
    public const string TransportErrorCode = "TransportFailure";

    public static bool TryTranslate(Exception exception, CancellationToken callerToken, [NotNullWhen(true)] out RequestFailedException? translated)
    {
        translated = null;
        if (callerToken.IsCancellationRequested)
        {
            // The caller cancelled: let OperationCanceledException flow unchanged.
            return false;
        }

        ReadOnlyCollection<Exception> attempts = exception is AggregateException aggregate
            ? aggregate.Flatten().InnerExceptions
            : new ReadOnlyCollection<Exception>([exception]);
        Exception last = attempts[^1];

        if (last is OperationCanceledException)
        {
            translated = new RequestFailedException(
                0,
                $"Azure AI Content Safety did not answer within the network timeout ({attempts.Count} attempt(s)).",
                TimeoutErrorCode,
                exception);
            return true;
        }

        if (exception is AggregateException && last is RequestFailedException transport)
        {
            translated = new RequestFailedException(
                transport.Status,
                $"Azure AI Content Safety could not be reached after {attempts.Count} attempt(s): {transport.Message}",
                transport.ErrorCode ?? TransportErrorCode,
                exception);
            return true;
        }

        return false;
    }
}
