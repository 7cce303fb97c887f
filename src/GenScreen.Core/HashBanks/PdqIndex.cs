using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace GenScreen.Core.HashBanks;

/// <summary>
/// Exact nearest-neighbour search of PDQ hashes under Hamming distance by multi-index hashing (Norouzi et al.): the
/// 256 bits are cut into m chunks (<see cref="PdqIndexLayout"/>: 16 of 16 bits for banks up to a few hundred thousand
/// hashes, fewer and longer ones for larger banks). If two hashes are within d bits, some chunk c differs in at most
/// r_c bits, where Σ (r_c + 1) = d + 1 (pigeonhole; <see cref="PdqIndexLayout.Radii"/>), so probing every chunk
/// value within r_c of the query's finds every candidate; each is then checked on all 256 bits (four popcounts).
/// Exact: nothing within d is missed. Banks under <see cref="LinearScanBelow"/> hashes are scanned linearly instead.
/// </summary>
/// <remarks>
/// <para>Layout (compressed sparse rows, no per-value objects): the hashes sit in one pinned array whose elements start
/// on 32-byte boundaries, so a candidate costs one cache line, not two. Chunk c has a dense offsets table over the top
/// t_c bits of its value (bucket b's postings are <c>ids[offsets[b]..offsets[b + 1]]</c>), one int id per entry and,
/// when the chunk is longer than t_c, a one-byte fingerprint of the remaining low bits. A probe visits the buckets
/// within r_c bits of the query's top bits and, in a bucket j bits away, takes the entries whose fingerprint is within
/// r_c - j: exactly the values within r_c, each bucket read once. When the hashes come sorted by their first word
/// (<see cref="LoadedHashBank"/> sorts them) chunk 0 needs no ids: its buckets are runs of the hash array itself.</para>
/// <para>Cold queries are bound by memory latency (a random read costs 40–60 ns on the VMs measured), so a probe runs
/// in stages, chunk by chunk and for all the queried variants at once: bucket numbers, then prefetches of their
/// offsets, then of their fingerprints and ids, then of the candidates' hashes, and only then the checks; the reads
/// of one stage overlap instead of waiting for one another.</para>
/// <para>Duplicates: a candidate near the query may turn up in several chunks' postings; it is then verified again
/// (a popcount of a line already in cache) rather than tracked in a visited array (4 more bytes per entry).
/// <see cref="Within"/>, which lists every match, reports a candidate only in the first chunk where it qualifies.</para>
/// <para>Updates: an index is immutable and thread-safe. <see cref="With"/> returns a new one that shares the tables
/// and adds a small delta (scanned linearly) and removal marks; <see cref="NeedsRebuild"/> says when the delta or the
/// removed share has grown enough that a rebuild pays.</para>
/// </remarks>
public sealed class PdqIndex
{
    /// <summary>Chunks of the layout for small banks (<see cref="PdqIndexLayout.Sixteen"/>).</summary>
    public const int Chunks = 16;
    public const int LinearScanBelow = 4_096;

    /// <summary>Largest per-chunk radius the tables are probed at; beyond it a linear scan is as fast.</summary>
    public const int MaxChunkRadius = 2;

    private readonly ulong[] _words;       // 4 words per hash, from _first; the main (indexed) hashes then the delta
    private readonly int _first;           // word offset of hash 0: makes every hash start on a 32-byte boundary
    private readonly int _main;            // hashes covered by the tables
    private readonly int _total;           // main + delta
    private readonly Tables? _tables;      // null: scanned linearly
    private readonly ulong[]? _removed;    // bit per position; null when none is removed
    private readonly int _removedCount;

    /// <summary>Indexes <paramref name="hashes"/> with the layout <see cref="PdqIndexLayout.ForBankSize"/> picks (none under <see cref="LinearScanBelow"/>).</summary>
    public PdqIndex(PdqHash[] hashes)
        : this(hashes, hashes is null || hashes.Length < LinearScanBelow ? null : PdqIndexLayout.ForBankSize(hashes.Length))
    {
    }

    /// <summary>Indexes <paramref name="hashes"/> with <paramref name="layout"/> whatever their number; null scans linearly.</summary>
    public PdqIndex(PdqHash[] hashes, PdqIndexLayout? layout)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        (_words, _first) = Allocate(hashes.Length);
        for (var i = 0; i < hashes.Length; i++)
        {
            Slot(i) = hashes[i];
        }

        _main = _total = hashes.Length;
        if (layout is not null)
        {
            _tables = new Tables(layout, hashes);
        }
    }

    private PdqIndex(PdqIndex basis, ulong[] words, int first, int total, ulong[]? removed, int removedCount)
    {
        _words = words;
        _first = first;
        _main = basis._main;
        _total = total;
        _tables = basis._tables;
        _removed = removed;
        _removedCount = removedCount;
    }

    /// <summary>The chunk layout of the tables, or null when the index scans linearly.</summary>
    public PdqIndexLayout? Layout => _tables?.Layout;

    /// <summary>True when chunk 0 is implicit (the hashes were sorted by their first word): no ids or fingerprints for it.</summary>
    public bool FirstChunkImplicit => _tables?.Ids[0] is null && _tables is not null;

    /// <summary>Bytes held by the tables (offsets, ids, fingerprints), beyond the 32 bytes of each hash.</summary>
    public long TableBytes => _tables?.Bytes ?? 0;

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
    public PdqIndex With(IReadOnlyList<PdqHash> added, IEnumerable<int> removedPositions)
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

        return new PdqIndex(this, words, first, total, removedCount > 0 ? removed : null, removedCount);
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
        var (_, index, distance) = NearestOfAny([query], maxDistance);
        return (index, distance);
    }

    /// <summary>
    /// The closest entry to any of <paramref name="queries"/> (an image's dihedral variants), probed together so the
    /// memory reads of all of them overlap: (which query, position, distance), the lowest query then the lowest
    /// position on a tie, or (-1, -1, -1). The same answer as <see cref="Nearest"/> per query, keeping the best.
    /// </summary>
    public (int Query, int Index, int Distance) NearestOfAny(ReadOnlySpan<PdqHash> queries, int maxDistance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        if (queries.Length > Probes.MaxQueries)
        {
            // In groups of the probe's capacity; an earlier group wins a tie.
            var (query, index, distance) = NearestOfAny(queries[..Probes.MaxQueries], maxDistance);
            var rest = NearestOfAny(queries[Probes.MaxQueries..], index < 0 ? maxDistance : Math.Max(0, distance - 1));
            return rest.Index >= 0 && (index < 0 || rest.Distance < distance) ? (rest.Query + Probes.MaxQueries, rest.Index, rest.Distance) : (query, index, distance);
        }

        Span<Best> best = stackalloc Best[queries.Length];
        for (var q = 0; q < queries.Length; q++)
        {
            best[q] = new Best(maxDistance);
        }

        var radii = _tables?.Layout.Radii(maxDistance);
        if (_tables is null || radii is null)
        {
            for (var q = 0; q < queries.Length; q++)
            {
                ScanLinear(0, _total, queries[q], ref best[q]);
            }
        }
        else
        {
            var probes = Probes.ForThread();
            for (var c = 0; c < radii.Length; c++)
            {
                if (radii[c] >= 0)
                {
                    ProbeChunk(c, radii[c], queries, best, probes);
                }
            }

            for (var q = 0; q < queries.Length; q++)
            {
                ScanLinear(_main, _total, queries[q], ref best[q]);
            }
        }

        var winner = -1;
        for (var q = 0; q < queries.Length; q++)
        {
            if (best[q].Position >= 0 && (winner < 0 || best[q].Distance < best[winner].Distance))
            {
                winner = q;
            }
        }

        return winner < 0 ? (-1, -1, -1) : (winner, best[winner].Position, best[winner].Distance);
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
    /// chunk c is reported only when no earlier probed chunk is within its radius (there it was already reported).
    /// </summary>
    private void Search(PdqHash query, int maxDistance, Func<int, int, bool> onMatch)
    {
        var radii = _tables?.Layout.Radii(maxDistance);
        if (_tables is not { } tables || radii is null)
        {
            for (var i = 0; i < _total; i++)
            {
                Report(i, query, maxDistance, onMatch);
            }

            return;
        }

        var layout = tables.Layout;
        Span<uint> buckets = stackalloc uint[Probes.MaxBuckets];
        Span<int> remaining = stackalloc int[Probes.MaxBuckets];
        for (var c = 0; c < radii.Length; c++)
        {
            if (radii[c] < 0)
            {
                continue;
            }

            var value = tables.Value(query, c);
            var shift = layout.FingerprintBits(c);
            var n = EnumerateBuckets(value >> shift, layout.TableBits(c), radii[c], buckets, remaining);
            var fingerprint = value & ((1u << shift) - 1);
            var offsets = tables.Offsets[c];
            var ids = tables.Ids[c];
            var fingerprints = tables.Fingerprints[c];
            for (var b = 0; b < n; b++)
            {
                for (var k = offsets[buckets[b]]; k < offsets[buckets[b] + 1]; k++)
                {
                    if (fingerprints is not null && BitOperations.PopCount((uint)(fingerprints[k] ^ fingerprint)) > remaining[b])
                    {
                        continue;
                    }

                    var position = ids is null ? k : ids[k];
                    var h = Slot(position);
                    if (ids is null && BitOperations.PopCount(tables.Value(h, c) ^ value) > radii[c])
                    {
                        continue; // chunk 0's bucket also holds values farther than its radius
                    }

                    var earlier = false;
                    for (var e = 0; e < c && !earlier; e++)
                    {
                        earlier = radii[e] >= 0 && BitOperations.PopCount(tables.Value(h, e) ^ tables.Value(query, e)) <= radii[e];
                    }

                    if (!earlier)
                    {
                        Report(position, query, maxDistance, onMatch);
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

    /// <summary>The buckets within <paramref name="radius"/> bits of <paramref name="bucket"/> (radius ≤ 2), each with the fingerprint distance still allowed there.</summary>
    private static int EnumerateBuckets(uint bucket, int tableBits, int radius, Span<uint> buckets, Span<int> remaining)
    {
        var n = 0;
        buckets[n] = bucket;
        remaining[n++] = radius;
        for (var b1 = 0; b1 < tableBits && radius > 0; b1++)
        {
            var v1 = bucket ^ (1u << b1);
            buckets[n] = v1;
            remaining[n++] = radius - 1;
            for (var b2 = b1 + 1; b2 < tableBits && radius > 1; b2++)
            {
                buckets[n] = v1 ^ (1u << b2);
                remaining[n++] = radius - 2;
            }
        }

        return n;
    }

    // The hot path, one chunk for every query at once, in stages so that the random reads of each stage are in flight
    // together: (1) bucket numbers and a prefetch of their offsets; (2) the ranges and a prefetch of their
    // fingerprints and ids (or, for an implicit chunk 0, of the hashes themselves); (3) the fingerprint filter, which
    // collects candidate positions and prefetches their hashes; (4) the 256-bit checks. Bounds checks are left out:
    // positions come from the tables built above.
    private unsafe void ProbeChunk(int chunk, int radius, ReadOnlySpan<PdqHash> queries, Span<Best> best, Probes probes)
    {
        var tables = _tables!;
        var layout = tables.Layout;
        var shift = layout.FingerprintBits(chunk);
        var tableBits = layout.TableBits(chunk);
        var offsets = (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(tables.Offsets[chunk]));
        var ids = tables.Ids[chunk] is { } idArray ? (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(idArray)) : null;
        var fingerprints = tables.Fingerprints[chunk] is { } fpArray ? (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(fpArray)) : null;
        var rows = (ulong*)Unsafe.AsPointer(ref _words[_first]);
        var prefetch = Sse.IsSupported;

        // (1) buckets of every query
        var n = 0;
        for (var q = 0; q < queries.Length; q++)
        {
            var value = tables.Value(queries[q], chunk);
            var m = EnumerateBuckets(value >> shift, tableBits, radius, probes.Buckets.AsSpan(n), probes.Remaining.AsSpan(n));
            probes.Fingerprint[q] = value & ((1u << shift) - 1);
            probes.Owner.AsSpan(n, m).Fill((byte)q);
            n += m;
        }

        if (prefetch)
        {
            for (var b = 0; b < n; b++)
            {
                Sse.Prefetch0(offsets + probes.Buckets[b]);
            }
        }

        // (2) ranges
        var total = 0;
        for (var b = 0; b < n; b++)
        {
            var start = offsets[probes.Buckets[b]];
            var end = offsets[probes.Buckets[b] + 1];
            probes.Start[b] = start;
            probes.End[b] = end;
            total += end - start;
            if (prefetch && start < end)
            {
                if (ids is null)
                {
                    Sse.Prefetch0(rows + (4L * start));
                }
                else
                {
                    Sse.Prefetch0(ids + start);
                    if (fingerprints is not null)
                    {
                        Sse.Prefetch0(fingerprints + start);
                    }
                }
            }
        }

        // (3) candidates
        var candidates = probes.Candidates(total);
        var owners = probes.CandidateOwners(total);
        var count = 0;
        for (var b = 0; b < n; b++)
        {
            int start = probes.Start[b], end = probes.End[b], owner = probes.Owner[b];
            if (ids is null)
            {
                for (var k = start; k < end; k++)
                {
                    candidates[count] = k;
                    owners[count++] = (byte)owner;
                }

                continue;
            }

            var fingerprint = probes.Fingerprint[owner];
            var allowed = probes.Remaining[b];
            if (fingerprints is null)
            {
                for (var k = start; k < end; k++)
                {
                    candidates[count] = k;
                    owners[count++] = (byte)owner;
                }

                continue;
            }

            // Branch-free: whether a fingerprint passes is a coin toss the predictor cannot learn.
            for (var k = start; k < end; k++)
            {
                candidates[count] = k;
                owners[count] = (byte)owner;
                var pass = BitOperations.PopCount((uint)(fingerprints[k] ^ fingerprint)) <= allowed;
                count += Unsafe.As<bool, byte>(ref pass);
            }
        }

        // (3b) ids of the postings that passed, and a prefetch of their hashes
        if (ids is not null)
        {
            for (var k = 0; k < count; k++)
            {
                var id = ids[candidates[k]];
                candidates[k] = id;
                if (prefetch)
                {
                    Sse.Prefetch0(rows + (4L * id));
                }
            }
        }

        // (4) checks
        ref var words = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_words), _first);
        for (var k = 0; k < count; k++)
        {
            var q = owners[k];
            Check(ref words, candidates[k], queries[q], ref best[q]);
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

    /// <summary>The per-chunk tables of one layout, built once and shared by every index derived with <see cref="With"/>.</summary>
    private sealed class Tables
    {
        private readonly int[] _starts;
        private readonly uint[] _masks;

        public Tables(PdqIndexLayout layout, PdqHash[] hashes)
        {
            Layout = layout;
            var chunks = layout.Chunks;
            _starts = new int[chunks];
            _masks = new uint[chunks];
            for (var c = 0; c < chunks; c++)
            {
                _starts[c] = layout.Start(c);
                _masks[c] = (uint)((1UL << layout.Width(c)) - 1);
            }

            Offsets = new int[chunks][];
            Ids = new int[]?[chunks];
            Fingerprints = new byte[]?[chunks];
            var buckets = new uint[hashes.Length];
            for (var c = 0; c < chunks; c++)
            {
                var shift = layout.FingerprintBits(c);
                var sorted = c == 0;
                for (var i = 0; i < hashes.Length; i++)
                {
                    buckets[i] = Value(hashes[i], c) >> shift;
                    sorted = sorted && (i == 0 || buckets[i - 1] <= buckets[i]);
                }

                // Counting sort of the positions by bucket: offsets[b]..offsets[b + 1] lists bucket b.
                var offsets = GC.AllocateArray<int>((1 << layout.TableBits(c)) + 1, pinned: true);
                foreach (var b in buckets)
                {
                    offsets[b + 1]++;
                }

                for (var b = 1; b < offsets.Length; b++)
                {
                    offsets[b] += offsets[b - 1];
                }

                Offsets[c] = offsets;
                Bytes += (long)offsets.Length * sizeof(int);
                if (sorted)
                {
                    continue; // chunk 0 of a sorted bank: bucket b is the run offsets[b]..offsets[b + 1] of the hashes
                }

                var ids = GC.AllocateUninitializedArray<int>(hashes.Length, pinned: true);
                HugePages.Advise(Marshal.UnsafeAddrOfPinnedArrayElement(ids, 0), (long)ids.Length * sizeof(int));
                var fingerprints = shift > 0 ? GC.AllocateUninitializedArray<byte>(hashes.Length, pinned: true) : null;
                if (fingerprints is not null)
                {
                    HugePages.Advise(Marshal.UnsafeAddrOfPinnedArrayElement(fingerprints, 0), fingerprints.Length);
                }

                var next = offsets.AsSpan(0, offsets.Length - 1).ToArray();
                var low = (1u << shift) - 1;
                for (var i = 0; i < hashes.Length; i++)
                {
                    var k = next[buckets[i]]++;
                    ids[k] = i;
                    if (fingerprints is not null)
                    {
                        fingerprints[k] = (byte)(Value(hashes[i], c) & low);
                    }
                }

                Ids[c] = ids;
                Fingerprints[c] = fingerprints;
                Bytes += (long)ids.Length * sizeof(int) + (fingerprints?.Length ?? 0);
            }
        }

        public PdqIndexLayout Layout { get; }

        public int[][] Offsets { get; }

        /// <summary>Per chunk; null for chunk 0 when the hashes are sorted by it.</summary>
        public int[]?[] Ids { get; }

        /// <summary>Per chunk; null when the chunk's table covers all its bits (or chunk 0 is implicit).</summary>
        public byte[]?[] Fingerprints { get; }

        public long Bytes { get; }

        /// <summary>The value of chunk <paramref name="chunk"/>: its bits from <see cref="PdqIndexLayout.Start"/>, wrapping past bit 255.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public uint Value(in PdqHash hash, int chunk)
        {
            var start = _starts[chunk];
            int word = start >> 6, offset = start & 63;
            ref var words = ref Unsafe.As<PdqHash, ulong>(ref Unsafe.AsRef(in hash));
            var bits = Unsafe.Add(ref words, word) >> offset;
            if (offset > 32)
            {
                bits |= Unsafe.Add(ref words, (word + 1) & 3) << (64 - offset);
            }

            return (uint)bits & _masks[chunk];
        }
    }

    /// <summary>Scratch space of the staged probe, one per thread (a probe allocates nothing once warm).</summary>
    private sealed class Probes
    {
        public const int MaxQueries = 8;

        /// <summary>Buckets one query may visit in one chunk: 1 + t + t(t - 1)/2 for t ≤ 32.</summary>
        public const int MaxBuckets = 1 + 32 + (32 * 31 / 2);

        [ThreadStatic]
        private static Probes? s_current;

        private int[] _candidates = new int[4_096];
        private byte[] _owners = new byte[4_096];

        public uint[] Buckets { get; } = new uint[MaxQueries * MaxBuckets];

        public int[] Remaining { get; } = new int[MaxQueries * MaxBuckets];

        public byte[] Owner { get; } = new byte[MaxQueries * MaxBuckets];

        public int[] Start { get; } = new int[MaxQueries * MaxBuckets];

        public int[] End { get; } = new int[MaxQueries * MaxBuckets];

        public uint[] Fingerprint { get; } = new uint[MaxQueries];

        public static Probes ForThread() => s_current ??= new Probes();

        public int[] Candidates(int atLeast) => _candidates.Length >= atLeast ? _candidates : _candidates = new int[Math.Max(atLeast, 2 * _candidates.Length)];

        public byte[] CandidateOwners(int atLeast) => _owners.Length >= atLeast ? _owners : _owners = new byte[Math.Max(atLeast, 2 * _owners.Length)];
    }
}
