namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// Session 43 (i16-speed51): for a set of keys (the inflection stems, compound heads and tails, guard words), the lengths of the
/// keys that open (or close, <c>fromEnd</c>) with the same three letters, one 64-bit mask per hash bucket of those letters (bit
/// <c>L</c> for a key of <c>L</c> letters, bit 63 for 63 or more). Buckets are shared by letters of the same hash, so a mask is a
/// superset of the lengths: a clear bit proves no key of that length opens (closes) a word with these letters, a set bit sends
/// the probe on as before, so answers never change. The readers cut a word at every length from the longest key down and probed
/// each cut; most cuts are no key's length for the word's letters. 4,096 buckets (32 KB a set).
/// </summary>
internal sealed class LengthMasks
{
    private const int Letters = 3;

    private const int Buckets = 1 << 12;

    private readonly ulong[] _masks = new ulong[Buckets];

    private readonly bool _fromEnd;

    public LengthMasks(IEnumerable<string> keys, bool fromEnd)
    {
        _fromEnd = fromEnd;
        foreach (var key in keys)
        {
            if (key.Length < Letters)
            {
                // A key shorter than the letters read (none in the inflection files) would have no bucket: every length passes.
                Array.Fill(_masks, ulong.MaxValue);
                return;
            }

            _masks[Bucket(key)] |= Bit(key.Length);
        }
    }

    /// <summary>The lengths of the keys that may open (close) <paramref name="word"/>; every length for a word shorter than three letters.</summary>
    public ulong Of(ReadOnlySpan<char> word) => word.Length < Letters ? ulong.MaxValue : _masks[Bucket(word)];

    /// <summary>Whether <paramref name="mask"/> holds <paramref name="length"/>.</summary>
    public static bool Has(ulong mask, int length) => (mask & Bit(length)) != 0;

    private static ulong Bit(int length) => 1UL << Math.Min(length, 63);

    private int Bucket(ReadOnlySpan<char> word)
    {
        var letters = _fromEnd ? word[^Letters..] : word[..Letters];
        var h = ((uint)letters[0] * 0x9E3779B1u) ^ ((uint)letters[1] * 0x85EBCA6Bu) ^ ((uint)letters[2] * 0xC2B2AE35u);
        return (int)((h ^ (h >> 15)) & (Buckets - 1));
    }
}
