namespace GenScreen.Cli.Tests.Infrastructure;

/// <summary>A read-only stream that hands out at most a few bytes per read, like a slow pipe.</summary>
public sealed class TrickleStream(byte[] data, int maxPerRead) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => data.Length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, maxPerRead), data.Length - _position);
        data.AsSpan(_position, n).CopyTo(buffer.AsSpan(offset));
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
