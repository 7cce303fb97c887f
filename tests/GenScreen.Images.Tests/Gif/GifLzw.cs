namespace GenScreen.Images.Tests.Gif;

/// <summary>
/// GIF's variable-width LZW (GIF89a spec, appendix F): codes start one bit wider than the minimum code size, grow
/// by a bit each time the next free code passes the current width's range, stop growing at 12 bits, and a clear
/// code resets the table when all 4096 codes are in use. Codes are packed least significant bit first.
/// </summary>
internal static class GifLzw
{
    private const int MaxCodes = 4096;
    private const int MaxWidth = 12;

    /// <param name="indices">Colour-table indices, each below 2^<paramref name="minCodeSize"/>.</param>
    /// <param name="minCodeSize">2..8, the byte written before the image data.</param>
    public static byte[] Compress(ReadOnlySpan<byte> indices, int minCodeSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minCodeSize, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minCodeSize, 8);
        int clear = 1 << minCodeSize;
        int end = clear + 1;
        var output = new CodeWriter();
        // (prefix code, next index) -> code; prefix < 4096 and index < 256, so the pair fits in 20 bits.
        var table = new Dictionary<int, int>();
        int width = minCodeSize + 1;
        int next = end + 1;
        output.Write(clear, width);
        if (indices.IsEmpty)
        {
            output.Write(end, width);
            return output.ToArray();
        }

        int prefix = Checked(indices[0], clear);
        for (int i = 1; i < indices.Length; i++)
        {
            int index = Checked(indices[i], clear);
            int key = (prefix << 8) | index;
            if (table.TryGetValue(key, out int code))
            {
                prefix = code;
                continue;
            }

            output.Write(prefix, width);
            if (next < MaxCodes)
            {
                table[key] = next++;
                // The decoder adds each entry one code later than the encoder, so it widens when "next" is one
                // past a power of two, not at it; widening at the power of two would desynchronise the streams.
                if (next > (1 << width) && width < MaxWidth)
                {
                    width++;
                }
            }
            else
            {
                output.Write(clear, width);
                table.Clear();
                width = minCodeSize + 1;
                next = end + 1;
            }

            prefix = index;
        }

        output.Write(prefix, width);
        output.Write(end, width);
        return output.ToArray();
    }

    private static int Checked(byte index, int clear) =>
        index < clear ? index : throw new ArgumentOutOfRangeException(nameof(index), index, $"colour index must be below {clear}");

    private sealed class CodeWriter
    {
        private readonly List<byte> _bytes = [];
        private int _buffer;
        private int _bits;

        public void Write(int code, int width)
        {
            _buffer |= code << _bits;
            _bits += width;
            while (_bits >= 8)
            {
                _bytes.Add((byte)_buffer);
                _buffer >>= 8;
                _bits -= 8;
            }
        }

        public byte[] ToArray()
        {
            if (_bits > 0)
            {
                _bytes.Add((byte)_buffer);
            }

            return [.. _bytes];
        }
    }
}
