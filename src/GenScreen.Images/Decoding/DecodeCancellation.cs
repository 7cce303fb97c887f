namespace GenScreen.Images.Decoding;

/// <summary>
/// Stop signal checked by the decode thread between native calls: the caller's token, the caller giving up
/// (timeout), or the time budget seen from the decode thread itself. A plain flag rather than a linked
/// CancellationTokenSource, so nothing needs disposing while an abandoned thread may still look at it.
/// </summary>
internal sealed class DecodeCancellation
{
    private readonly CancellationToken _callerToken;
    private readonly TimeProvider _time;
    private readonly long _startTimestamp;
    private readonly TimeSpan _budget;
    private volatile bool _abandoned;

    internal DecodeCancellation(TimeProvider time, long startTimestamp, TimeSpan budget, CancellationToken callerToken)
    {
        _callerToken = callerToken;
        _time = time;
        _startTimestamp = startTimestamp;
        _budget = budget;
    }

    internal void Abandon() => _abandoned = true;

    internal void ThrowIfCancelled()
    {
        if (_abandoned || _callerToken.IsCancellationRequested || _time.GetElapsedTime(_startTimestamp) > _budget)
        {
            throw new OperationCanceledException("image decode stopped: cancelled or over its time budget");
        }
    }
}
