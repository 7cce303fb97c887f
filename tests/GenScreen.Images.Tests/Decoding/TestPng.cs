using System.Buffers.Binary;
using System.Text;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>
/// Builds PNG files byte by byte, for headers no encoder would write (decompression bombs) and chunks no
/// encoder here writes (APNG's acTL). Has its own CRC so a wrong product CRC cannot hide a wrong test file;
/// libpng verifies the IHDR CRC too, so a bad file here would show up as "corrupt", not pass silently.
/// </summary>
internal static class TestPng
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>An 8-bit RGB PNG that declares <paramref name="width"/> x <paramref name="height"/> in 65 bytes.</summary>
    internal static byte[] WithDeclaredSize(uint width, uint height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        byte[] emptyZlibStream = [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];
        return [.. Signature, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", emptyZlibStream), .. Chunk("IEND", [])];
    }

    /// <summary>Inserts a chunk right after IHDR (signature 8 + IHDR chunk 25 bytes).</summary>
    internal static byte[] InsertAfterHeader(byte[] png, string type, byte[] body)
    {
        const int afterIhdr = 8 + 25;
        return [.. png.AsSpan(0, afterIhdr), .. Chunk(type, body), .. png.AsSpan(afterIhdr)];
    }

    internal static byte[] Chunk(string type, byte[] body)
    {
        var chunk = new byte[12 + body.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, body.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        body.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + body.Length), Crc(chunk.AsSpan(4, 4 + body.Length)));
        return chunk;
    }

    private static uint Crc(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
