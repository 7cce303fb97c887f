using GenScreen.Core.HashBanks;

namespace GenScreen.Core.Tests.HashBanks;

/// <summary>Deterministic random hashes and neighbours at an exact distance, for index tests.</summary>
internal static class RandomHashes
{
    public static PdqHash Next(Random random) =>
        new((ulong)random.NextInt64() ^ ((ulong)random.Next() << 63), (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63),
            (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63), (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63));

    /// <summary><paramref name="hash"/> with exactly <paramref name="distance"/> distinct bits flipped.</summary>
    public static PdqHash Flip(PdqHash hash, int distance, Random random)
    {
        var bits = Enumerable.Range(0, PdqHash.BitCount).OrderBy(_ => random.Next()).Take(distance).ToArray();
        Span<ulong> w = [hash.Bits0, hash.Bits1, hash.Bits2, hash.Bits3];
        foreach (var b in bits)
        {
            w[b >> 6] ^= 1UL << (b & 63);
        }

        return new PdqHash(w[0], w[1], w[2], w[3]);
    }
}
