namespace GenScreen.Images.Decoding;

/// <summary>
/// CRC-32 (ISO-HDLC, as used by PNG). Only the 13-byte IHDR is checked here, which tells a corrupted header
/// from a truncated file before libpng sees it; libpng checks every other chunk itself.
/// </summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    internal static uint Compute(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFFu;
        foreach (byte b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
