using System.Runtime.ExceptionServices;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace GenScreen.ContentSafety;

/// <summary>
/// Sends a message attempt by attempt: each attempt gets <c>Retry.NetworkTimeout</c>, a failed attempt that may be
/// retried (408/429/500/502/503/504, a transport fault, a timeout) waits the delay strategy's time (at least the
/// service's Retry-After), up to <c>Retry.MaxRetries</c> retries. Azure.Core's own RetryPolicy does the same but waits
/// on the wall clock with no way to inject one; here both the timeout and the wait run on the options'
/// <see cref="TimeProvider"/>, so a deployment behaves as before and a test decides when time passes.
/// </summary>
internal sealed class TimedRetrySender
{
    private readonly HttpPipeline _pipeline;
    private readonly TimeProvider _time;
    private readonly int _maxRetries;
    private readonly TimeSpan _networkTimeout;
    private readonly DelayStrategy _delays;

    public TimedRetrySender(HttpPipeline pipeline, RetryOptions retry, TimeProvider time)
    {
        _pipeline = pipeline;
        _time = time;
        _maxRetries = retry.MaxRetries;
        _networkTimeout = retry.NetworkTimeout;
        _delays = retry.Mode == RetryMode.Fixed
            ? DelayStrategy.CreateFixedDelayStrategy(retry.Delay)
            : DelayStrategy.CreateExponentialDelayStrategy(retry.Delay, retry.MaxDelay);
    }

    /// <summary>
    /// Returns with the last response (success, a non-retriable error, or a retriable one after the last retry).
    /// Throws the attempt's exception when a single attempt failed, an <see cref="AggregateException"/> of all of
    /// them after several (Azure.Core's shapes, which <see cref="FailureTranslator"/> maps), and
    /// <see cref="OperationCanceledException"/> as soon as <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async ValueTask SendAsync(HttpMessage message, bool async, CancellationToken cancellationToken)
    {
        ResponseClassifier classifier = message.ResponseClassifier;
        message.ResponseClassifier = new SingleAttemptClassifier(classifier);
        message.NetworkTimeout = Timeout.InfiniteTimeSpan; // the attempt token below is the network timeout
        HttpHeader[] builtHeaders = [.. message.Request.Headers];
        List<Exception>? failures = null;
        for (int retry = 0; ; retry++)
        {
            if (retry > 0)
            {
                RestoreHeaders(message.Request, builtHeaders);
            }

            Exception? failure = await SendOnceAsync(message, async, cancellationToken).ConfigureAwait(false);
            bool retriable;
            if (failure is not null)
            {
                (failures ??= []).Add(failure);
                retriable = failure is OperationCanceledException || classifier.IsRetriableException(failure);
            }
            else
            {
                retriable = message.Response.IsError && classifier.IsRetriableResponse(message);
            }

            if (!retriable || retry >= _maxRetries)
            {
                if (failure is null)
                {
                    return;
                }

                if (failures!.Count == 1)
                {
                    ExceptionDispatchInfo.Throw(failure);
                }

                throw new AggregateException($"Retry failed after {failures.Count} tries.", failures);
            }

            // After an exception any response on the message is from an earlier attempt: its Retry-After is stale.
            Response? response = failure is null ? message.Response : null;
            TimeSpan delay = _delays.GetNextDelay(response, retry + 1);
            response?.ContentStream?.Dispose(); // frees the connection before the wait
            if (delay > TimeSpan.Zero)
            {
                Task wait = Task.Delay(delay, _time, cancellationToken);
                if (async)
                {
                    await wait.ConfigureAwait(false);
                }
                else
                {
                    wait.GetAwaiter().GetResult();
                }
            }
        }
    }

    /// <summary>One attempt under its own timeout; returns its failure, or null when a response arrived.</summary>
    private async ValueTask<Exception?> SendOnceAsync(HttpMessage message, bool async, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_networkTimeout, _time);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            if (async)
            {
                await _pipeline.SendAsync(message, attempt.Token).ConfigureAwait(false);
            }
            else
            {
                _pipeline.Send(message, attempt.Token);
            }

            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ex;
        }
    }

    /// <summary>Per-call policies run again on every attempt; start each from the headers the client built.</summary>
    private static void RestoreHeaders(Request request, HttpHeader[] built)
    {
        foreach (string name in request.Headers.Select(h => h.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList())
        {
            request.Headers.Remove(name);
        }

        foreach (HttpHeader header in built)
        {
            request.Headers.Add(header.Name, header.Value);
        }
    }

    /// <summary>Keeps Azure.Core's RetryPolicy in the pipeline to a single attempt: retrying is decided above.</summary>
    private sealed class SingleAttemptClassifier(ResponseClassifier inner) : ResponseClassifier
    {
        public override bool IsErrorResponse(HttpMessage message) => inner.IsErrorResponse(message);

        public override bool IsRetriableResponse(HttpMessage message) => false;

        public override bool IsRetriableException(Exception exception) => false;

        public override bool IsRetriable(HttpMessage message, Exception exception) => false;
    }
}
