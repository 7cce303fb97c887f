using System.Buffers;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// A run of complete input lines (a slice of the input file, never copied line by line), the output they
/// produce, and a signal that a worker has finished them. Batches are written out in the order they were
/// read, whichever worker finishes first.
/// </summary>
internal sealed class LineBatch
{
    private byte[]? _input;

    public LineBatch(byte[] input, int length, long firstLine, bool oversizedLine = false)
    {
        _input = input;
        Length = length;
        FirstLine = firstLine;
        OversizedLine = oversizedLine;
    }

    /// <summary>The lines: complete, newline-terminated, except possibly the last line of the input.</summary>
    public ReadOnlySpan<byte> Input => _input.AsSpan(0, Length);

    public int Length { get; }

    /// <summary>1-based number of the first line in the input.</summary>
    public long FirstLine { get; }

    /// <summary>The batch stands for one line longer than the read buffer; its bytes were skipped.</summary>
    public bool OversizedLine { get; }

    /// <summary>Set by the worker; written and disposed by the output stage.</summary>
    public PooledBufferWriter? Output { get; set; }

    public BulkTally Tally { get; } = new();

    /// <summary>Completed when the batch's output is ready (or faulted with the worker's exception).</summary>
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gives the input buffer back to the pool once the batch is screened.</summary>
    public void ReleaseInput()
    {
        var input = _input;
        _input = null;
        if (input is { Length: > 0 })
        {
            ArrayPool<byte>.Shared.Return(input);
        }
    }
}
