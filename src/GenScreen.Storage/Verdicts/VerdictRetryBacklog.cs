using System.Threading.Channels;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Verdict writes waiting for the table to come back. Bounded, so an outage cannot exhaust memory; when
/// full, the write is reported as dropped (and logged as an error) rather than silently lost.
/// </summary>
public sealed class VerdictRetryBacklog
{
    private readonly Channel<StoredPromptVerdict> _channel;

    public VerdictRetryBacklog(int capacity)
    {
        _channel = Channel.CreateBounded<StoredPromptVerdict>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Writes waiting for retry.</summary>
    public int Pending => _channel.Reader.Count;

    public bool TryEnqueue(StoredPromptVerdict verdict) => _channel.Writer.TryWrite(verdict);

    internal ChannelReader<StoredPromptVerdict> Reader => _channel.Reader;
}
