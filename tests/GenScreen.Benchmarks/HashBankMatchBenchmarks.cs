using BenchmarkDotNet.Attributes;
using GenScreen.Core.HashBanks;

namespace GenScreen.Benchmarks;

/// <summary>
/// Matching against a block bank of 1 and 10 million hashes at the default distance 31 by multi-index hashing
/// (<see cref="PdqIndex"/>): one hash (what HMA's index answers per query), and one image (its 8 dihedral variants,
/// as <see cref="HashBankSet.Match"/> does). The bank is random hashes (uniform chunks: the worst case for the
/// postings, every list equally long) with 1 % near-duplicates (8 bits from another entry, as exchanged lists hold
/// re-encodings of one picture). "Miss" is the common case (an image in no bank); "hit" is 20 bits from an entry.
/// The anchor, measured in the same run on the same bank, is the linear scan (what FAISS's flat binary index does).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class HashBankMatchBenchmarks
{
    private HashBankSet _banks = null!;
    private LoadedHashBank _bank = null!;
    private PdqHashes _miss = null!;
    private PdqHashes _hit = null!;
    private PdqHash[] _queries = null!;

    [Params(1_000_000, 10_000_000)]
    public int BankSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var entries = new HashBankEntry[BankSize];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new HashBankEntry(i % 100 == 99 ? Flip(entries[random.Next(i)].Hash, 8, random) : Next(random));
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        _bank = new LoadedHashBank(new HashBank("bench", HashBankKind.Block, Core.Verdicts.HarmCategory.Sexual, 31, 1), entries);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// bank of {BankSize:N0}: {(after - before) / (double)BankSize:0.0} bytes per hash in memory (32 of them the hash)");
        _banks = new HashBankSet([_bank]);
        _miss = Image(random, null);
        _hit = Image(random, Flip(entries[BankSize / 2].Hash, 20, random));
        _queries = [.. Enumerable.Range(0, 64).Select(_ => Next(random))];
        GC.KeepAlive(entries);
    }

    private int _next;

    /// <summary>A different random hash each call (so no call finds the previous one's lists in cache).</summary>
    [Benchmark(Description = "1 hash, miss")]
    public int OneHashMiss() => _bank.Index.Nearest(_queries[_next++ & 63], 31).Index;

    [Benchmark(Description = "1 hash, hit at 20")]
    public int OneHashHit() => _bank.Index.Nearest(_hit.Variants[5], 31).Index;

    [Benchmark(Description = "Image (8 variants), miss")]
    public bool ImageMiss() => _banks.Match([_miss], 0).Block is not null;

    [Benchmark(Description = "Image (8 variants), hit at 20")]
    public bool ImageHit() => _banks.Match([_hit], 0).Block is not null;

    /// <summary>Anchor: the same bank scanned linearly (popcount of every entry), as a flat index would.</summary>
    [Benchmark(Description = "Anchor: 1 hash, linear scan")]
    public int LinearScan() => _bank.Index.Nearest(_queries[_next++ & 63], 3 * PdqIndex.Chunks).Index; // radius 3 per chunk: scanned

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
