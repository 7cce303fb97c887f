using System.Numerics;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// A one-hash Bloom filter in front of a large string-keyed table: most words of a prompt are no key of it (and
/// most phrase windows the matcher tries are none), and hashing a whole span and probing a 150,000-key table
/// costs far more than one bit read. The bit is chosen from a word's length and five of its characters (first
/// two, last two, middle), so a probe reads at most five characters. A clear bit proves the key is absent; a set
/// bit sends the lookup on to the table, so answers never change.
/// </summary>
internal sealed class KeyGate
{
    private readonly ulong[] _bits;
    private readonly int _shift;

    /// <param name="keys">Every key of the table.</param>
    /// <param name="bitsPerKey">At least this many bits a key (a power of two in all): at 8, about 12 % of misses pass; at 4, about 22 %.</param>
    public KeyGate(ICollection<string> keys, int bitsPerKey = 8)
    {
        var log2 = Math.Clamp(BitOperations.Log2((uint)Math.Max(1, (keys.Count * bitsPerKey) - 1)) + 1, 6, 24);
        _bits = new ulong[(1 << log2) / 64];
        _shift = 32 - log2;
        foreach (var key in keys)
        {
            var bit = Bit(key);
            _bits[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    /// <summary>False only when no key equals <paramref name="key"/>.</summary>
    /// <summary>The gate as <see cref="WriteImage"/> wrote it (<see cref="TermIndexImage"/>).</summary>
    internal KeyGate(BinaryReader image)
    {
        _shift = image.ReadInt32();
        _bits = ImageArrays.Read<ulong>(image);
        if (_shift is < 8 or > 26 || _bits.Length != (1 << (32 - _shift)) / 64)
        {
            throw new InvalidDataException("Term-index image: a key gate's size is wrong.");
        }
    }

    internal void WriteImage(BinaryWriter image)
    {
        image.Write(_shift);
        ImageArrays.Write<ulong>(image, _bits);
    }

    public bool MayContain(ReadOnlySpan<char> key)
    {
        var bit = Bit(key);
        return (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    private uint Bit(ReadOnlySpan<char> key)
    {
        var length = key.Length;
        if (length == 0)
        {
            return 0;
        }

        var h = (uint)length * 0x9E3779B1u;
        h = (h ^ (key[0] | ((uint)key[Math.Min(1, length - 1)] << 16))) * 0x85EBCA6Bu;
        h = (h ^ (key[length - 1] | ((uint)key[Math.Max(0, length - 2)] << 16))) * 0xC2B2AE35u;
        h = (h ^ key[length >> 1]) * 0x27D4EB2Fu;
        return (h ^ (h >> 15)) >> _shift;
    }
}
