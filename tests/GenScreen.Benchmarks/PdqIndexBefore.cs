using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

using GenScreen.Core.HashBanks;

namespace GenScreen.Benchmarks;

/// <summary>
/// The index as it was before the layouts were chosen by bank size (main at 09717b7, 16 chunks of 16 bits, chunk 0
/// found by binary search, one query at a time), kept here only so that a benchmark run can compare it with
/// <see cref="PdqIndex"/> on the same machine in the same minutes. Not used by the product.
/// </summary>
internal sealed class PdqIndexBefore
{
    public const int Chunks = 16;
    public const int LinearScanBelow = 4_096;

    /// <summary>Largest per-chunk radius the tables are probed at (d ≤ 47); beyond it a linear scan is as fast.</summary>
    public const int MaxChunkRadius = 2;

    private const int ChunkValues = 1 << 16;

    private readonly ulong[] _words;       // 4 words per hash, from _first; the main (indexed) hashes then the delta
    private readonly int _first;           // word offset of hash 0: makes every hash start on a 32-byte boundary
    private readonly int _main;            // hashes covered by the tables
    private readonly int _total;           // main + delta
    private readonly bool _firstChunkSorted;
    private readonly int[]?[]? _offsets;   // per chunk; null for chunk 0 when sorted
    private readonly int[]?[]? _ids;
    private readonly ulong[]? _removed;    // bit per position; null when none is removed
    private readonly int _removedCount;

    public PdqIndexBefore(PdqHash[] hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        (_words, _first) = Allocate(hashes.Length);
        for (var i = 0; i < hashes.Length; i++)
        {
            Slot(i) = hashes[i];
        }

        _main = _total = hashes.Length;
        if (hashes.Length < LinearScanBelow)
        {
            return;
        }

        _firstChunkSorted = true;
        for (var i = 1; i < hashes.Length && _firstChunkSorted; i++)
        {
            _firstChunkSorted = hashes[i - 1].Chunk(0) <= hashes[i].Chunk(0);
        }

        _offsets = new int[Chunks][];
        _ids = new int[Chunks][];
        var next = new int[ChunkValues];
        for (var c = _firstChunkSorted ? 1 : 0; c < Chunks; c++)
        {
            // Counting sort of the positions by the value of chunk c: offsets[v]..offsets[v + 1] lists value v.
            var offsets = new int[ChunkValues + 1];
            foreach (var h in hashes)
            {
                offsets[h.Chunk(c) + 1]++;
            }

            for (var v = 0; v < ChunkValues; v++)
            {
                offsets[v + 1] += offsets[v];
            }

            var ids = GC.AllocateUninitializedArray<int>(hashes.Length, pinned: true);
            HugePages.Advise(Marshal.UnsafeAddrOfPinnedArrayElement(ids, 0), (long)ids.Length * sizeof(int));
            offsets.AsSpan(0, ChunkValues).CopyTo(next);
            for (var i = 0; i < hashes.Length; i++)
            {
                ids[next[hashes[i].Chunk(c)]++] = i;
            }

            _offsets[c] = offsets;
            _ids[c] = ids;
        }
    }

    private PdqIndexBefore(PdqIndexBefore basis, ulong[] words, int first, int total, ulong[]? removed, int removedCount)
    {
        _words = words;
        _first = first;
        _main = basis._main;
        _total = total;
        _firstChunkSorted = basis._firstChunkSorted;
        _offsets = basis._offsets;
        _ids = basis._ids;
        _removed = removed;
        _removedCount = removedCount;
    }

    /// <summary>Positions in use: 0.. <see cref="Positions"/> - 1 (removed ones included; see <see cref="IsRemoved"/>).</summary>
    public int Positions => _total;

    /// <summary>Hashes that can match (positions minus removed ones).</summary>
    public int Count => _total - _removedCount;

    /// <summary>Hashes added since the tables were built, scanned linearly at every query.</summary>
    public int DeltaCount => _total - _main;

    /// <summary>True when the delta exceeds max(4,096, 1/32 of the indexed hashes) or an eighth of the positions are removed.</summary>
    public bool NeedsRebuild => DeltaCount > Math.Max(LinearScanBelow, _main / 32) || _removedCount > _total / 8;

    public PdqHash this[int position]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(position);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, _total);
            return Slot(position);
        }
    }

    public bool IsRemoved(int position) => _removed is not null && (_removed[position >> 6] & (1UL << position)) != 0;

    /// <summary>
    /// A new index with <paramref name="added"/> appended (positions <see cref="Positions"/> onwards, in order) and the
    /// <paramref name="removedPositions"/> no longer matching; this one is unchanged. Copies the hash words (32 bytes
    /// per hash) but shares the tables.
    /// </summary>
    public PdqIndexBefore With(IReadOnlyList<PdqHash> added, IEnumerable<int> removedPositions)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(removedPositions);
        var total = _total + added.Count;
        var words = _words;
        var first = _first;
        if (added.Count > 0)
        {
            (words, first) = Allocate(total);
            _words.AsSpan(_first, 4 * _total).CopyTo(words.AsSpan(first));
            for (var i = 0; i < added.Count; i++)
            {
                Unsafe.As<ulong, PdqHash>(ref words[first + (4 * (_total + i))]) = added[i];
            }
        }

        var removed = new ulong[(total + 63) >> 6];
        _removed?.CopyTo(removed, 0);
        var removedCount = _removedCount;
        foreach (var p in removedPositions)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(p);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(p, total);
            ref var word = ref removed[p >> 6];
            if ((word & (1UL << p)) == 0)
            {
                word |= 1UL << p;
                removedCount++;
            }
        }

        return new PdqIndexBefore(this, words, first, total, removedCount > 0 ? removed : null, removedCount);
    }

    /// <summary>The position of a hash equal to <paramref name="hash"/> that is not removed, or -1.</summary>
    public int Find(PdqHash hash)
    {
        var found = -1;
        Search(hash, 0, (position, _) =>
        {
            found = found < 0 ? position : Math.Min(found, position);
            return true;
        });
        return found;
    }

    /// <summary>The closest entry within <paramref name="maxDistance"/> bits of <paramref name="query"/> (the lowest position on a tie), or (-1, -1).</summary>
    public (int Index, int Distance) Nearest(PdqHash query, int maxDistance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        var best = new Best(maxDistance);
        if (_ids is null || maxDistance / Chunks > MaxChunkRadius)
        {
            ScanLinear(0, _total, query, ref best);
        }
        else
        {
            var radius = maxDistance / Chunks;
            for (var c = 0; c < Chunks && best.Distance > 0; c++)
            {
                var value = query.Chunk(c);
                Probe(c, value, query, ref best);
                for (var b1 = 0; b1 < 16 && radius > 0; b1++)
                {
                    var v1 = (ushort)(value ^ (1 << b1));
                    Probe(c, v1, query, ref best);
                    for (var b2 = b1 + 1; b2 < 16 && radius > 1; b2++)
                    {
                        Probe(c, (ushort)(v1 ^ (1 << b2)), query, ref best);
                    }
                }
            }

            ScanLinear(_main, _total, query, ref best);
        }

        return best.Position < 0 ? (-1, -1) : (best.Position, best.Distance);
    }

    /// <summary>Every entry within <paramref name="maxDistance"/> bits, once each, as (position, distance), in no particular order.</summary>
    public IReadOnlyList<(int Index, int Distance)> Within(PdqHash query, int maxDistance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        var found = new List<(int, int)>();
        Search(query, maxDistance, (position, distance) =>
        {
            found.Add((position, distance));
            return true;
        });
        return found;
    }

    /// <summary>
    /// Calls <paramref name="onMatch"/> once per live entry within <paramref name="maxDistance"/>: a candidate seen in
    /// chunk c is reported only when no earlier chunk is within the probing radius (there it was already reported).
    /// </summary>
    private void Search(PdqHash query, int maxDistance, Func<int, int, bool> onMatch)
    {
        if (_ids is null || maxDistance / Chunks > MaxChunkRadius)
        {
            for (var i = 0; i < _total; i++)
            {
                Report(i, query, maxDistance, onMatch);
            }

            return;
        }

        var radius = maxDistance / Chunks;
        for (var c = 0; c < Chunks; c++)
        {
            var value = query.Chunk(c);
            foreach (var v in Neighbours(value, radius))
            {
                foreach (var i in Postings(c, v))
                {
                    var h = Slot(i);
                    var earlier = false;
                    for (var e = 0; e < c && !earlier; e++)
                    {
                        earlier = BitOperations.PopCount((uint)(h.Chunk(e) ^ query.Chunk(e))) <= radius;
                    }

                    if (!earlier)
                    {
                        Report(i, query, maxDistance, onMatch);
                    }
                }
            }
        }

        for (var i = _main; i < _total; i++)
        {
            Report(i, query, maxDistance, onMatch);
        }
    }

    private void Report(int position, PdqHash query, int maxDistance, Func<int, int, bool> onMatch)
    {
        var d = query.DistanceTo(Slot(position));
        if (d <= maxDistance && !IsRemoved(position))
        {
            onMatch(position, d);
        }
    }

    private static IEnumerable<ushort> Neighbours(ushort value, int radius)
    {
        yield return value;
        for (var b1 = 0; b1 < 16 && radius > 0; b1++)
        {
            var v1 = (ushort)(value ^ (1 << b1));
            yield return v1;
            for (var b2 = b1 + 1; b2 < 16 && radius > 1; b2++)
            {
                yield return (ushort)(v1 ^ (1 << b2));
            }
        }
    }

    private List<int> Postings(int chunk, ushort value)
    {
        var (start, end) = Range(chunk, value);
        var list = new List<int>(end - start);
        var ids = _ids![chunk];
        for (var k = start; k < end; k++)
        {
            list.Add(ids is null ? k : ids[k]);
        }

        return list;
    }

    private (int Start, int End) Range(int chunk, ushort value)
    {
        if (_offsets![chunk] is { } offsets)
        {
            return (offsets[value], offsets[value + 1]);
        }

        // Chunk 0 of a sorted array: the run of entries with that first chunk.
        var start = LowerBound(value);
        return (start, value == ushort.MaxValue ? _main : LowerBound(value + 1));
    }

    private int LowerBound(int value)
    {
        int lo = 0, hi = _main;
        ref var words = ref MemoryMarshal.GetArrayDataReference(_words);
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if ((ushort)Unsafe.Add(ref words, _first + (4 * mid)) < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The hot loop: postings are read in order, each candidate's 32 bytes (one cache line) at random. Independent
    // iterations let the processor keep many of those reads in flight; bounds checks are left out (positions come
    // from the tables built above).
    private void Probe(int chunk, ushort value, PdqHash query, ref Best best)
    {
        var (start, end) = Range(chunk, value);
        ref var words = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_words), _first);
        var ids = _ids![chunk];
        if (ids is null)
        {
            for (var i = start; i < end; i++)
            {
                Check(ref words, i, query, ref best);
            }

            return;
        }

        ref var postings = ref MemoryMarshal.GetArrayDataReference(ids);
        for (var k = start; k < end; k++)
        {
            Check(ref words, Unsafe.Add(ref postings, k), query, ref best);
        }
    }

    private void ScanLinear(int start, int end, PdqHash query, ref Best best)
    {
        ref var words = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_words), _first);
        for (var i = start; i < end; i++)
        {
            Check(ref words, i, query, ref best);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Check(ref ulong words, int position, PdqHash query, ref Best best)
    {
        ref var w = ref Unsafe.Add(ref words, 4 * position);
        var d = BitOperations.PopCount(w ^ query.Bits0) + BitOperations.PopCount(Unsafe.Add(ref w, 1) ^ query.Bits1)
            + BitOperations.PopCount(Unsafe.Add(ref w, 2) ^ query.Bits2) + BitOperations.PopCount(Unsafe.Add(ref w, 3) ^ query.Bits3);
        if (d <= best.Limit && (d < best.Distance || position < best.Position) && !IsRemoved(position))
        {
            best.Position = position;
            best.Distance = d;
            best.Limit = d; // later candidates must be at least as close
        }
    }

    private ref PdqHash Slot(int position) => ref Unsafe.As<ulong, PdqHash>(ref _words[_first + (4 * position)]);

    /// <summary>A pinned word array in which word <c>first</c> sits on a 32-byte boundary (one cache line per hash).</summary>
    private static (ulong[] Words, int First) Allocate(int hashes)
    {
        var words = GC.AllocateUninitializedArray<ulong>((4 * hashes) + 3, pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(words, 0);
        HugePages.Advise(address, (long)words.Length * sizeof(ulong));
        var first = (int)((32 - (address % 32)) % 32) / sizeof(ulong);
        return (words, first);
    }

    private struct Best(int limit)
    {
        public int Position = -1;
        public int Distance = int.MaxValue;
        public int Limit = limit;
    }
}
