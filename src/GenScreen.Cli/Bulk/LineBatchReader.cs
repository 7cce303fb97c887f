using System.Buffers;
using System.Runtime.CompilerServices;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// Cuts a stream of JSON lines into <see cref="LineBatch"/>es of whole lines, reading into pooled buffers
/// of a fixed size: memory stays the same whatever the input size. Only the partial line at the end of a
/// read is copied (to the next buffer). A line longer than a buffer is skipped and reported as one
/// oversized line rather than buffered without bound.
/// </summary>
internal sealed class LineBatchReader(Stream input, int bufferSize)
{
    /// <summary>Default read buffer: the largest line accepted (a 10,000-character prompt and negative prompt, fully escaped, is ~130 KB).</summary>
    public const int DefaultBufferSize = 256 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public async IAsyncEnumerable<LineBatch> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
        var filled = 0;
        var nextLine = 1L;
        var eof = false;
        var bomChecked = false;
        var skippingOversized = false;
        try
        {
            while (true)
            {
                if (!eof && filled < buffer.Length)
                {
                    // One read per turn (not "fill the buffer"): a slow producer on stdin gets its lines
                    // screened as they arrive instead of waiting for a full buffer.
                    var n = await input.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                    eof = n == 0;
                    filled += n;
                }

                if (!bomChecked && (filled >= Utf8Bom.Length || eof))
                {
                    bomChecked = true;
                    if (buffer.AsSpan(0, filled).StartsWith(Utf8Bom))
                    {
                        filled = Shift(buffer, Utf8Bom.Length, filled);
                    }
                }

                var data = buffer.AsSpan(0, filled);
                if (skippingOversized)
                {
                    var end = data.IndexOf((byte)'\n');
                    if (end < 0)
                    {
                        filled = 0;
                        if (eof)
                        {
                            yield break;
                        }

                        continue;
                    }

                    skippingOversized = false;
                    nextLine++;
                    filled = Shift(buffer, end + 1, filled);
                    continue;
                }

                var last = data.LastIndexOf((byte)'\n');
                if (last >= 0)
                {
                    var complete = last + 1;
                    var batch = new LineBatch(buffer, complete, nextLine);
                    nextLine += data[..complete].Count((byte)'\n');
                    var next = ArrayPool<byte>.Shared.Rent(bufferSize);
                    data[complete..].CopyTo(next);
                    filled -= complete;
                    buffer = next;
                    yield return batch;
                    continue;
                }

                if (eof)
                {
                    if (filled > 0)
                    {
                        // The last line has no newline: still a line.
                        var batch = new LineBatch(buffer, filled, nextLine);
                        buffer = [];
                        yield return batch;
                    }

                    yield break;
                }

                if (filled == buffer.Length)
                {
                    skippingOversized = true;
                    filled = 0;
                    yield return new LineBatch([], 0, nextLine, oversizedLine: true);
                }
            }
        }
        finally
        {
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static int Shift(byte[] buffer, int from, int filled)
    {
        buffer.AsSpan(from, filled - from).CopyTo(buffer);
        return filled - from;
    }
}
