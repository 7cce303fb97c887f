using BenchmarkDotNet.Attributes;
using GenScreen.Core.HashBanks;

namespace GenScreen.Benchmarks;

/// <summary>
/// Matching against a block bank of 1 and 10 million hashes at the default distance 31: <see cref="PdqIndex"/> with
/// the layout it picks for the bank's size, beside the index as it was (<see cref="PdqIndexBefore"/>: 16 chunks of
/// 16 bits, one query at a time) and a linear scan of the same bank (the anchor: what FAISS's flat binary index does),
/// in the same run. One hash (what HMA's index answers per query) and one image (its 8 dihedral variants, as
/// <see cref="HashBankSet.Match"/> asks them: together in the new index, one after another in the old). The bank is
/// random hashes (uniform chunks: every list equally long, the worst case) with 1 % near-duplicates (8 bits from
/// another entry), sorted by the first word as <see cref="LoadedHashBank"/> sorts it. Misses are the common case (an
/// image in no bank) and each call asks a different hash or image from a rotating set of 64, so its tables are not
/// in cache from the call before; a hit is 20 bits from an entry.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class HashBankMatchBenchmarks
{
    private const int Rotation = 64;

    private PdqHash[] _hashes = null!;
    private PdqIndex _index = null!;
    private PdqIndexBefore _before = null!;
    private PdqHash[] _queries = null!;
    private PdqHash[] _images = null!;
    private PdqHash _hit;
    private int _next;

    [Params(1_000_000, 10_000_000)]
    public int BankSize { get; set; }

    [GlobalSetup(Targets = [nameof(OneHashMiss), nameof(OneHashHit), nameof(ImageMiss), nameof(LinearScan)])]
    public void SetupNew()
    {
        Bank();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _index = new PdqIndex(_hashes);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// bank of {BankSize:N0}, {_index.Layout}: tables {_index.TableBytes / (double)BankSize:0.0} bytes per hash beyond the hash ({(after - before) / (double)BankSize:0.0} in memory with the 32-byte hash)");
    }

    [GlobalSetup(Targets = [nameof(OneHashMissBefore), nameof(ImageMissBefore)])]
    public void SetupBefore()
    {
        Bank();
        var sorted = _hashes.OrderBy(h => h.Chunk(0)).ToArray(); // the order the old index expected
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _before = new PdqIndexBefore(sorted);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// bank of {BankSize:N0}, before (16 × 16 bits): {(after - before) / (double)BankSize:0.0} bytes per hash in memory with the 32-byte hash");
        GC.KeepAlive(sorted);
    }

    /// <summary>A different random hash each call.</summary>
    [Benchmark(Description = "1 hash, miss")]
    public int OneHashMiss() => _index.Nearest(_queries[_next++ & (Rotation - 1)], 31).Index;

    [Benchmark(Description = "1 hash, miss, before (16x16)")]
    public int OneHashMissBefore() => _before.Nearest(_queries[_next++ & (Rotation - 1)], 31).Index;

    [Benchmark(Description = "1 hash, hit at 20")]
    public int OneHashHit() => _index.Nearest(_hit, 31).Index;

    /// <summary>A different random image (8 variants) each call, the variants probed together.</summary>
    [Benchmark(Description = "Image (8 variants), miss")]
    public int ImageMiss() => _index.NearestOfAny(_images.AsSpan(8 * (_next++ & (Rotation - 1)), 8), 31).Index;

    [Benchmark(Description = "Image (8 variants), miss, before (16x16, one by one)")]
    public int ImageMissBefore()
    {
        var image = _images.AsSpan(8 * (_next++ & (Rotation - 1)), 8);
        var found = -1;
        foreach (var variant in image)
        {
            found = Math.Max(found, _before.Nearest(variant, 31).Index);
        }

        return found;
    }

    /// <summary>Anchor: the same bank scanned linearly (popcount of every entry), as a flat index would.</summary>
    [Benchmark(Description = "Anchor: 1 hash, linear scan")]
    public int LinearScan() => _index.Nearest(_queries[_next++ & (Rotation - 1)], 3 * PdqIndex.Chunks).Index; // radius ≥ 3 per chunk: scanned

    private void Bank()
    {
        var random = new Random(42);
        _hashes = new PdqHash[BankSize];
        for (var i = 0; i < _hashes.Length; i++)
        {
            _hashes[i] = i % 100 == 99 ? Flip(_hashes[random.Next(i)], 8, random) : Next(random);
        }

        Array.Sort(_hashes, (a, b) => a.Bits0.CompareTo(b.Bits0));
        _queries = [.. Enumerable.Range(0, Rotation).Select(_ => Next(random))];
        _images = [.. Enumerable.Range(0, 8 * Rotation).Select(_ => Next(random))];
        _hit = Flip(_hashes[BankSize / 2], 20, random);
    }

    private static PdqHash Next(Random random) =>
        new((ulong)random.NextInt64() ^ ((ulong)random.Next() << 63), (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63),
            (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63), (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63));

    private static PdqHash Flip(PdqHash hash, int bits, Random random)
    {
        Span<ulong> w = [hash.Bits0, hash.Bits1, hash.Bits2, hash.Bits3];
        var flipped = new HashSet<int>();
        while (flipped.Count < bits)
        {
            var b = random.Next(256);
            if (flipped.Add(b))
            {
                w[b >> 6] ^= 1UL << (b & 63);
            }
        }

        return new PdqHash(w[0], w[1], w[2], w[3]);
    }
}
