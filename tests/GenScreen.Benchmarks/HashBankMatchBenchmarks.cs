using BenchmarkDotNet.Attributes;
using GenScreen.Core.HashBanks;

namespace GenScreen.Benchmarks;

/// <summary>
/// Matching one image (its 8 dihedral variants, as <see cref="HashBankSet.Match"/> does) against a block bank of
/// 1 and 10 million hashes at the default distance 31, by multi-index hashing. Random hashes are the worst case
/// for the index's lists (uniform chunks: every list equally long); real banks are no worse. "Miss" is the common
/// case (an image in no bank); "hit" has one variant 20 bits from an entry.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class HashBankMatchBenchmarks
{
    private HashBankSet _banks = null!;
    private PdqHashes _miss = null!;
    private PdqHashes _hit = null!;

    [Params(1_000_000, 10_000_000)]
    public int BankSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var entries = new HashBankEntry[BankSize];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new HashBankEntry(Next(random));
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var bank = new LoadedHashBank(new HashBank("bench", HashBankKind.Block, Core.Verdicts.HarmCategory.Sexual, 31, 1), entries);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// bank of {BankSize:N0}: {(after - before) / (double)BankSize:0.0} bytes per hash in memory (32 of them the hash)");
        _banks = new HashBankSet([bank]);
        _miss = Image(random, null);
        _hit = Image(random, Flip(entries[BankSize / 2].Hash, 20, random));
        GC.KeepAlive(entries);
    }

    [Benchmark(Description = "Match 8 variants, miss")]
    public bool Miss() => _banks.Match([_miss], 0).Block is not null;

    [Benchmark(Description = "Match 8 variants, hit at 20")]
    public bool Hit() => _banks.Match([_hit], 0).Block is not null;

    private static PdqHashes Image(Random random, PdqHash? fifth)
    {
        var variants = Enumerable.Range(0, 8).Select(_ => Next(random)).ToArray();
        if (fifth is { } h)
        {
            variants[5] = h;
        }

        return new PdqHashes(variants[0], 100, variants);
    }

    private static PdqHash Next(Random random) =>
        new((ulong)random.NextInt64() ^ ((ulong)random.Next() << 63), (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63),
            (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63), (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63));

    private static PdqHash Flip(PdqHash hash, int bits, Random random)
    {
        Span<ulong> w = [hash.Bits0, hash.Bits1, hash.Bits2, hash.Bits3];
        foreach (var b in Enumerable.Range(0, 256).OrderBy(_ => random.Next()).Take(bits))
        {
            w[b >> 6] ^= 1UL << (b & 63);
        }

        return new PdqHash(w[0], w[1], w[2], w[3]);
    }
}
