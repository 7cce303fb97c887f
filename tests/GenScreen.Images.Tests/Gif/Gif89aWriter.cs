using System.Buffers.Binary;

namespace GenScreen.Images.Tests.Gif;

/// <summary>One full-canvas frame: its own colour table and one table index per pixel, row by row.</summary>
/// <param name="Palette">RGB triples, 1 to 256 colours.</param>
/// <param name="Indices">width x height indices into <paramref name="Palette"/>.</param>
/// <param name="DelayCentiseconds">Display time in 1/100 s (GIF's unit).</param>
internal sealed record GifFrame(byte[] Palette, byte[] Indices, int DelayCentiseconds);

/// <summary>
/// Writes GIF89a animations for the tests: logical screen without a global colour table, the NETSCAPE2.0 loop
/// extension, and per frame a graphic control extension (delay, no transparency), an image descriptor covering
/// the whole canvas with its local colour table, and the LZW data in sub-blocks of at most 255 bytes.
/// </summary>
internal static class Gif89aWriter
{
    /// <param name="loopCount">0 = loop forever.</param>
    public static byte[] Write(int width, int height, IReadOnlyList<GifFrame> frames, ushort loopCount = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfZero(frames.Count);
        using var output = new MemoryStream();
        output.Write("GIF89a"u8);
        WriteUInt16(output, width);
        WriteUInt16(output, height);
        output.WriteByte(0x70); // no global colour table; 8 bits of colour resolution
        output.WriteByte(0); // background colour index
        output.WriteByte(0); // square pixels

        output.Write([0x21, 0xFF, 11]);
        output.Write("NETSCAPE2.0"u8);
        output.Write([3, 1]);
        WriteUInt16(output, loopCount);
        output.WriteByte(0);

        foreach (var frame in frames)
        {
            WriteFrame(output, width, height, frame);
        }

        output.WriteByte(0x3B);
        return output.ToArray();
    }

    private static void WriteFrame(MemoryStream output, int width, int height, GifFrame frame)
    {
        int colours = frame.Palette.Length / 3;
        if (colours is < 1 or > 256 || frame.Palette.Length % 3 != 0)
        {
            throw new ArgumentException($"a colour table holds 1 to 256 RGB triples, not {frame.Palette.Length} bytes", nameof(frame));
        }

        if (frame.Indices.Length != width * height)
        {
            throw new ArgumentException($"a {width}x{height} frame needs {width * height} indices, not {frame.Indices.Length}", nameof(frame));
        }

        if (frame.DelayCentiseconds is < 0 or > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(frame), frame.DelayCentiseconds, "delay must fit 16 bits");
        }

        // The table holds 2^bits entries (bits >= 1); LZW needs a minimum code size of at least 2.
        int tableBits = Math.Max(1, (int)Math.Ceiling(Math.Log2(colours)));
        int minCodeSize = Math.Max(2, tableBits);
        if (colours < 256 && frame.Indices.AsSpan().IndexOfAnyInRange((byte)colours, (byte)255) >= 0)
        {
            throw new ArgumentException($"an index is outside the {colours}-colour table", nameof(frame));
        }

        output.Write([0x21, 0xF9, 4, 1 << 2]); // graphic control: disposal 1 (leave in place), no transparency
        WriteUInt16(output, frame.DelayCentiseconds);
        output.Write([0, 0]); // transparent index (unused), block terminator

        output.WriteByte(0x2C);
        WriteUInt16(output, 0);
        WriteUInt16(output, 0);
        WriteUInt16(output, width);
        WriteUInt16(output, height);
        output.WriteByte((byte)(0x80 | (tableBits - 1))); // local colour table, not interlaced
        var table = new byte[3 << tableBits];
        frame.Palette.CopyTo(table, 0);
        output.Write(table);

        output.WriteByte((byte)minCodeSize);
        var data = GifLzw.Compress(frame.Indices, minCodeSize);
        for (int offset = 0; offset < data.Length; offset += 255)
        {
            int length = Math.Min(255, data.Length - offset);
            output.WriteByte((byte)length);
            output.Write(data, offset, length);
        }

        output.WriteByte(0);
    }

    private static void WriteUInt16(MemoryStream output, int value)
    {
        Span<byte> bytes = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, (ushort)value);
        output.Write(bytes);
    }
}
