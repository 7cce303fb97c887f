namespace GenScreen.Core.HashBanks;

/// <summary>
/// How <see cref="PdqIndex"/> cuts the 256 bits into chunks and how large each chunk's bucket table is.
/// Norouzi et al.: the best chunk length is about log₂ N bits, so a bank of a few thousand hashes wants many short
/// chunks and a bank of 10 million fewer, longer ones (11 chunks of 23–24 bits instead of 16 of 16: a cold miss then
/// reads about 3,000 candidates instead of 41,600). A chunk of w bits is not given a dense table of 2^w entries (at
/// 24 bits that alone would be 64 MiB per chunk): its top <see cref="TableBits"/> bits pick a bucket in a dense
/// offsets table and the remaining low bits (at most 8) are kept per entry as a one-byte fingerprint, which the
/// probe compares before it reads the candidate's hash.
/// </summary>
/// <remarks>
/// Chunk 0 is the top bits of the hash's first 64-bit word, so a bank sorted by that word
/// (<see cref="LoadedHashBank"/> sorts it) needs no ids for it: its buckets are runs of the hash array itself.
/// Chunks are ordered narrowest first; a query's per-chunk radii come from <see cref="Radii"/>.
/// </remarks>
public sealed class PdqIndexLayout
{
    /// <summary>Longest fingerprint kept per entry: one byte.</summary>
    public const int MaxFingerprintBits = 8;

    /// <summary>Memory the chooser aims at, beyond the 32-byte hash (the budget is 64; the rest is headroom for removal marks, details and a delta).</summary>
    public const double TargetBytesPerHash = 58;

    /// <summary>Tables this small are always allowed, whatever the bank size (a small bank cannot reach the per-hash figure).</summary>
    public const long SmallTableAllowance = 8L << 20;

    private readonly int[] _widths;
    private readonly int[] _starts;
    private readonly int[] _tableBits;

    private PdqIndexLayout(int chunks, int tableBits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunks, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunks, 32);
        Chunks = chunks;
        _widths = new int[chunks];
        _starts = new int[chunks];
        _tableBits = new int[chunks];
        var narrow = PdqHash.BitCount / chunks;
        var wide = PdqHash.BitCount % chunks; // that many chunks are one bit wider, placed last
        var start = 64 - narrow;              // chunk 0: the top bits of the first word (see remarks)
        for (var c = 0; c < chunks; c++)
        {
            var w = narrow + (c >= chunks - wide ? 1 : 0);
            _widths[c] = w;
            _starts[c] = start % PdqHash.BitCount;
            start += w;
            // Chunk 0's fingerprint is read from the hash itself, so it may be longer than a byte; give it 2 more
            // table bits so its buckets (runs of 32-byte hashes) stay short.
            var t = c == 0 ? tableBits + 2 : tableBits;
            _tableBits[c] = Math.Clamp(t, Math.Max(1, w - MaxFingerprintBits), w);
        }

        TableBitsSetting = tableBits;
    }

    /// <summary>16 chunks of 16 bits, each with a full table: HMA's and FAISS's layout, the best for banks up to a few hundred thousand hashes.</summary>
    public static PdqIndexLayout Sixteen { get; } = new(16, 16);

    /// <summary>A layout of <paramref name="chunks"/> near-equal chunks whose tables address <paramref name="tableBits"/> bits (clamped per chunk so a fingerprint fits a byte).</summary>
    public static PdqIndexLayout Create(int chunks, int tableBits) => new(chunks, tableBits);

    public int Chunks { get; }

    /// <summary>The table bits asked for (chunk 0 gets 2 more; each chunk clamped to its width and a one-byte fingerprint).</summary>
    public int TableBitsSetting { get; }

    public int Width(int chunk) => _widths[chunk];

    /// <summary>Bit of the hash where the chunk starts (it runs upwards, wrapping from bit 255 to bit 0).</summary>
    public int Start(int chunk) => _starts[chunk];

    public int TableBits(int chunk) => _tableBits[chunk];

    public int FingerprintBits(int chunk) => _widths[chunk] - _tableBits[chunk];

    /// <summary>
    /// Per-chunk probing radii for <paramref name="maxDistance"/>, or null when some radius would exceed
    /// <see cref="PdqIndex.MaxChunkRadius"/> (a linear scan is then as fast). Generalised pigeonhole: if every chunk c
    /// differs by more than r_c bits, the hashes differ by at least Σ (r_c + 1); so Σ (r_c + 1) = d + 1 makes a miss
    /// in every chunk impossible within d. The narrow chunks get the larger radius (fewer values to probe); a radius
    /// of -1 means the chunk need not be probed at all.
    /// </summary>
    public int[]? Radii(int maxDistance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        var slots = maxDistance + 1;
        int q = slots / Chunks, rem = slots % Chunks;
        var radii = new int[Chunks];
        for (var c = 0; c < Chunks; c++)
        {
            radii[c] = (c < rem ? q + 1 : q) - 1;
            if (radii[c] > PdqIndex.MaxChunkRadius)
            {
                return null;
            }
        }

        return radii;
    }

    /// <summary>Bytes of tables for <paramref name="count"/> hashes, beyond the hashes, with chunk 0 implicit (a sorted bank).</summary>
    public long TableBytes(int count)
    {
        long bytes = 0;
        for (var c = 0; c < Chunks; c++)
        {
            bytes += ((1L << _tableBits[c]) + 1) * sizeof(int);
            if (c > 0)
            {
                bytes += (long)count * (sizeof(int) + (FingerprintBits(c) > 0 ? 1 : 0));
            }
        }

        return bytes;
    }

    // Costs in units of one random read, fitted to process-CPU timings of cold queries on 1 M and 10 M random hashes
    // (docs/performance.md): a bucket costs about three (its offsets, fingerprints and ids each a miss, in stages), a
    // fingerprint compare 1/16, a candidate one and a half (its hash, and its id line when the bucket is long).
    private const double BucketCost = 3;
    private const double FingerprintsPerRead = 16;
    private const double CandidateCost = 1.5;

    /// <summary>
    /// Expected cost of one query that misses, on uniformly random hashes, in random memory reads: the buckets visited
    /// (chunk 0's buckets are runs of hashes, one read per two), the fingerprints compared and the candidates checked.
    /// </summary>
    public double ExpectedReads(int count, int maxDistance)
    {
        if (Radii(maxDistance) is not { } radii)
        {
            return double.PositiveInfinity;
        }

        double reads = 0;
        for (var c = 0; c < Chunks; c++)
        {
            int w = _widths[c], t = _tableBits[c];
            var perBucket = count / Math.Pow(2, t);
            for (var j = 0; j <= radii[c]; j++)
            {
                var visits = Binomial(t, j);
                reads += c == 0 ? visits * (1 + Math.Ceiling(perBucket / 2)) : visits * (BucketCost + (perBucket / FingerprintsPerRead));
            }

            if (c > 0)
            {
                var values = 0.0;
                for (var j = 0; j <= radii[c]; j++)
                {
                    values += Binomial(w, j);
                }

                reads += CandidateCost * count * values / Math.Pow(2, w);
            }
        }

        return reads;
    }

    /// <summary>Every layout <see cref="ForBankSize"/> chooses from: 16, 14, 13, 12 and 11 chunks, each with every useful table size.</summary>
    public static IEnumerable<PdqIndexLayout> Choices()
    {
        yield return Sixteen;
        foreach (var chunks in new[] { 16, 14, 13, 12, 11 })
        {
            var width = PdqHash.BitCount / chunks;
            for (var t = Math.Max(8, width - MaxFingerprintBits); t <= width; t++)
            {
                if (chunks != 16 || t != 16)
                {
                    yield return new PdqIndexLayout(chunks, t);
                }
            }
        }
    }

    /// <summary>
    /// The layout with the fewest expected reads per query at <paramref name="maxDistance"/> whose tables stay within
    /// <see cref="TargetBytesPerHash"/> per hash (or within <see cref="SmallTableAllowance"/> in all, for small banks).
    /// </summary>
    public static PdqIndexLayout ForBankSize(int count, int maxDistance = 31)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        PdqIndexLayout? best = null;
        var bestReads = double.PositiveInfinity;
        PdqIndexLayout smallest = Sixteen;
        foreach (var layout in Choices())
        {
            var bytes = layout.TableBytes(count);
            if (bytes < smallest.TableBytes(count))
            {
                smallest = layout;
            }

            if (bytes > Math.Max(TargetBytesPerHash * count, SmallTableAllowance))
            {
                continue;
            }

            var reads = layout.ExpectedReads(count, maxDistance);
            if (reads < bestReads)
            {
                best = layout;
                bestReads = reads;
            }
        }

        return best ?? smallest;
    }

    public override string ToString() =>
        $"{Chunks} chunks of {_widths[0]}–{_widths[^1]} bits, tables of {_tableBits[1]} bits (chunk 0: {_tableBits[0]})";

    private static double Binomial(int n, int k)
    {
        double r = 1;
        for (var i = 1; i <= k; i++)
        {
            r = r * (n - k + i) / i;
        }

        return r;
    }
}
