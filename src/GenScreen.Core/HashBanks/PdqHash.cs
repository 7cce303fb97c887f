using System.Globalization;
using System.Numerics;

namespace GenScreen.Core.HashBanks;

/// <summary>
/// A 256-bit PDQ hash. Bit k is DCT coefficient k = row × 16 + column of the 16×16 block; the hex form is the
/// reference implementations' one (64 hex digits, bit 255 first), so hashes exchanged with HMA, ThreatExchange or
/// StopNCII read and print the same here.
/// </summary>
public readonly record struct PdqHash(ulong Bits0, ulong Bits1, ulong Bits2, ulong Bits3)
{
    public const int BitCount = 256;
    public const int HexLength = 64;

    /// <summary>Number of differing bits.</summary>
    public int DistanceTo(PdqHash other) =>
        BitOperations.PopCount(Bits0 ^ other.Bits0) + BitOperations.PopCount(Bits1 ^ other.Bits1)
        + BitOperations.PopCount(Bits2 ^ other.Bits2) + BitOperations.PopCount(Bits3 ^ other.Bits3);

    /// <summary>The 16-bit chunk <paramref name="index"/> (0..15): bits 16·index to 16·index+15.</summary>
    public ushort Chunk(int index) => (ushort)(Word(index >> 2) >> ((index & 3) * 16));

    public ulong Word(int index) => index switch
    {
        0 => Bits0,
        1 => Bits1,
        2 => Bits2,
        3 => Bits3,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public bool GetBit(int k) => ((Word(k >> 6) >> (k & 63)) & 1) != 0;

    public int PopCount => BitOperations.PopCount(Bits0) + BitOperations.PopCount(Bits1) + BitOperations.PopCount(Bits2) + BitOperations.PopCount(Bits3);

    public static PdqHash FromBits(ReadOnlySpan<bool> bits)
    {
        if (bits.Length != BitCount)
        {
            throw new ArgumentException($"A PDQ hash has {BitCount} bits.", nameof(bits));
        }

        Span<ulong> words = stackalloc ulong[4];
        for (var k = 0; k < BitCount; k++)
        {
            if (bits[k])
            {
                words[k >> 6] |= 1UL << (k & 63);
            }
        }

        return new PdqHash(words[0], words[1], words[2], words[3]);
    }

    /// <summary>64 lower-case hex digits, most significant (bit 255) first.</summary>
    public override string ToString() => string.Create(HexLength, this, static (span, h) =>
    {
        h.Bits3.TryFormat(span[..16], out _, "x16", CultureInfo.InvariantCulture);
        h.Bits2.TryFormat(span[16..32], out _, "x16", CultureInfo.InvariantCulture);
        h.Bits1.TryFormat(span[32..48], out _, "x16", CultureInfo.InvariantCulture);
        h.Bits0.TryFormat(span[48..], out _, "x16", CultureInfo.InvariantCulture);
    });

    /// <summary>Parses exactly 64 hex digits (either case, no prefix, no separators).</summary>
    public static bool TryParse(ReadOnlySpan<char> hex, out PdqHash hash)
    {
        hash = default;
        if (hex.Length != HexLength)
        {
            return false;
        }

        if (!ulong.TryParse(hex[..16], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b3)
            || !ulong.TryParse(hex[16..32], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b2)
            || !ulong.TryParse(hex[32..48], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b1)
            || !ulong.TryParse(hex[48..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b0))
        {
            return false;
        }

        hash = new PdqHash(b0, b1, b2, b3);
        return true;
    }

    public static PdqHash Parse(string hex) =>
        TryParse(hex, out var hash) ? hash : throw new FormatException($"'{hex}' is not a PDQ hash (64 hex digits).");
}
