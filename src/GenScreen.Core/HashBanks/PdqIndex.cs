namespace GenScreen.Core.HashBanks;

/// <summary>
/// Exact nearest-neighbour search of PDQ hashes under Hamming distance by multi-index hashing (Norouzi et al.):
/// the 256 bits are cut into 16 chunks of 16 bits and each chunk has an inverted list of the entries by chunk value.
/// If two hashes are within d bits, by the pigeonhole principle at least one of their 16 chunks differs in at most
/// ⌊d / 16⌋ bits, so probing every chunk value within that radius of the query's chunk (1 + 16 values at d = 31)
/// finds every candidate; each candidate is then checked on all 256 bits. Exact: nothing within d is missed.
/// Small banks (under <see cref="LinearScanBelow"/> hashes) are scanned linearly instead, which is faster than the
/// lists and costs no 4 MB of offsets.
/// </summary>
/// <remarks>
/// Memory: the hashes (32 bytes each) plus, per chunk, one int per entry and 65,537 offsets (4 MiB per bank in all).
/// When the hashes come sorted by their first chunk (<see cref="LoadedHashBank"/> sorts them), that chunk's list is
/// the array itself and needs no ints: 15 × 4 = 60 bytes per hash beyond the hash. Built once per load; immutable and
/// thread-safe afterwards.
/// </remarks>
public sealed class PdqIndex
{
    public const int Chunks = 16;
    public const int LinearScanBelow = 4_096;
    private const int ChunkValues = 1 << 16;

    private readonly PdqHash[] _hashes;
    private readonly int[][]? _offsets;
    private readonly int[]?[]? _ids;

    public PdqIndex(PdqHash[] hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        _hashes = hashes;
        if (hashes.Length < LinearScanBelow)
        {
            return;
        }

        _offsets = new int[Chunks][];
        _ids = new int[]?[Chunks];
        var sortedByFirstChunk = true;
        for (var i = 1; i < hashes.Length && sortedByFirstChunk; i++)
        {
            sortedByFirstChunk = hashes[i - 1].Chunk(0) <= hashes[i].Chunk(0);
        }

        for (var c = 0; c < Chunks; c++)
        {
            // Counting sort of the entry numbers by the value of chunk c: offsets[v]..offsets[v + 1] lists value v.
            var offsets = new int[ChunkValues + 1];
            foreach (var h in hashes)
            {
                offsets[h.Chunk(c) + 1]++;
            }

            for (var v = 0; v < ChunkValues; v++)
            {
                offsets[v + 1] += offsets[v];
            }

            _offsets[c] = offsets;
            if (c == 0 && sortedByFirstChunk)
            {
                continue; // entry k of value v's range is entry k itself
            }

            var ids = new int[hashes.Length];
            var next = offsets.AsSpan(0, ChunkValues).ToArray();
            for (var i = 0; i < hashes.Length; i++)
            {
                ids[next[hashes[i].Chunk(c)]++] = i;
            }

            _ids[c] = ids;
        }
    }

    public int Count => _hashes.Length;

    public PdqHash this[int index] => _hashes[index];

    /// <summary>The closest entry within <paramref name="maxDistance"/> bits of <paramref name="query"/> (the first on a tie), or (-1, -1).</summary>
    public (int Index, int Distance) Nearest(PdqHash query, int maxDistance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        var best = (Index: -1, Distance: int.MaxValue);
        if (_offsets is null || maxDistance / Chunks > 2)
        {
            for (var i = 0; i < _hashes.Length; i++)
            {
                var d = query.DistanceTo(_hashes[i]);
                if (d <= maxDistance && d < best.Distance)
                {
                    best = (i, d);
                }
            }
        }
        else
        {
            var radius = maxDistance / Chunks;
            for (var c = 0; c < Chunks; c++)
            {
                var value = query.Chunk(c);
                Probe(c, value, query, maxDistance, ref best);
                if (radius == 0)
                {
                    continue;
                }

                for (var b1 = 0; b1 < 16; b1++)
                {
                    var v1 = (ushort)(value ^ (1 << b1));
                    Probe(c, v1, query, maxDistance, ref best);
                    if (radius < 2)
                    {
                        continue;
                    }

                    for (var b2 = b1 + 1; b2 < 16; b2++)
                    {
                        Probe(c, (ushort)(v1 ^ (1 << b2)), query, maxDistance, ref best);
                    }
                }
            }
        }

        return best.Index < 0 ? (-1, -1) : best;
    }

    private void Probe(int chunk, ushort value, PdqHash query, int maxDistance, ref (int Index, int Distance) best)
    {
        var offsets = _offsets![chunk];
        var ids = _ids![chunk];
        for (int k = offsets[value], end = offsets[value + 1]; k < end; k++)
        {
            var i = ids is null ? k : ids[k];
            var d = query.DistanceTo(_hashes[i]);
            if (d <= maxDistance && (d < best.Distance || (d == best.Distance && i < best.Index)))
            {
                best = (i, d);
            }
        }
    }
}
