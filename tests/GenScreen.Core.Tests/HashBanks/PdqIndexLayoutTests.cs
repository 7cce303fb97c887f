using GenScreen.Core.HashBanks;

namespace GenScreen.Core.Tests.HashBanks;

/// <summary>
/// Every chunk layout the index can choose is exact: on small banks forced into each layout, it finds what a linear
/// scan finds, including neighbours built so that only one chunk is within its radius (the pigeonhole's edge).
/// </summary>
public sealed class PdqIndexLayoutTests
{
    /// <summary>The layouts <see cref="PdqIndexLayout.ForBankSize"/> picks for banks from 4,096 to 32 million hashes, plus forced extremes.</summary>
    public static TheoryData<string> Layouts()
    {
        var data = new TheoryData<string>();
        var names = Enumerable.Range(12, 14).Select(p => Name(PdqIndexLayout.ForBankSize(1 << p)))
            .Concat(Enumerable.Range(0, 4).Select(p => Name(PdqIndexLayout.ForBankSize(10_000_000 + (p * 1_000_000)))))
            .Append(Name(PdqIndexLayout.Sixteen)).Append("11x15").Append("12x13").Append("13x11").Append("14x10").Append("16x8")
            .Distinct();
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_layout_finds_the_same_nearest_entry_as_a_linear_scan(string name)
    {
        var layout = Parse(name);
        var random = new Random(name.GetHashCode(StringComparison.Ordinal) & 0xffff);
        foreach (var sorted in new[] { true, false })
        {
            var hashes = Bank(random, 5_000, sorted);
            var index = new PdqIndex(hashes, layout);
            Assert.Equal(sorted, index.FirstChunkImplicit);
            var found = 0;
            for (var q = 0; q < 400; q++)
            {
                var target = hashes[random.Next(hashes.Length)];
                var query = (q % 4) switch
                {
                    0 => RandomHashes.Next(random),
                    1 => RandomHashes.Flip(target, q % 41, random),
                    _ => Edge(target, layout, 31, random), // exactly 31 bits, only one chunk within its radius
                };
                var expected = Linear(hashes, query, 31);
                Assert.Equal(expected, index.Nearest(query, 31));
                found += expected.Item1 >= 0 ? 1 : 0;
            }

            Assert.InRange(found, 250, 400); // most edge and near queries match: the test exercised the probes
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_layout_lists_every_entry_within_range_once_at_every_distance(string name)
    {
        var layout = Parse(name);
        var random = new Random(17);
        var hashes = Bank(random, 4_000, sorted: true);
        var index = new PdqIndex(hashes, layout);
        foreach (var distance in new[] { 0, 5, 15, 16, 31, 40 })
        {
            for (var q = 0; q < 25; q++)
            {
                var centre = hashes[random.Next(hashes.Length)];
                var query = q % 2 == 0 ? Edge(centre, layout, distance, random) : RandomHashes.Flip(centre, random.Next(distance + 1), random);
                var expected = Enumerable.Range(0, hashes.Length).Where(i => query.DistanceTo(hashes[i]) <= distance).ToList();
                var actual = index.Within(query, distance);
                Assert.Equal(expected, actual.Select(m => m.Index).Order().ToList());
                Assert.Equal(Linear(hashes, query, distance), index.Nearest(query, distance));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_layout_matches_an_images_variants_together_as_it_does_one_by_one(string name)
    {
        var layout = Parse(name);
        var random = new Random(23);
        var hashes = Bank(random, 5_000, sorted: true);
        var index = new PdqIndex(hashes, layout);
        for (var image = 0; image < 60; image++)
        {
            var variants = Enumerable.Range(0, 8).Select(v => v == image % 9 ? Edge(hashes[random.Next(hashes.Length)], layout, 31 - (image % 7), random) : RandomHashes.Next(random)).ToArray();
            var expected = (-1, -1, -1);
            for (var v = 0; v < variants.Length; v++)
            {
                var (i, d) = Linear(hashes, variants[v], 31);
                if (i >= 0 && (expected.Item1 < 0 || d < expected.Item3))
                {
                    expected = (v, i, d);
                }
            }

            Assert.Equal(expected, index.NearestOfAny(variants, 31));
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_layout_stays_exact_after_additions_and_removals(string name)
    {
        var layout = Parse(name);
        var random = new Random(29);
        var hashes = Bank(random, 4_000, sorted: true);
        var index = new PdqIndex(hashes, layout);
        var added = Enumerable.Range(0, 60).Select(_ => RandomHashes.Flip(hashes[random.Next(hashes.Length)], 10, random)).ToArray();
        var removed = Enumerable.Range(0, 80).Select(_ => random.Next(hashes.Length + added.Length)).ToHashSet();
        var changed = index.With(added, removed);
        var all = hashes.Concat(added).ToArray();
        for (var q = 0; q < 200; q++)
        {
            var target = random.Next(all.Length);
            var query = q % 2 == 0 ? Edge(all[target], layout, 31, random) : RandomHashes.Flip(all[target], q % 36, random);
            Assert.Equal(Linear(all, query, 31, removed), changed.Nearest(query, 31));
            Assert.Equal(removed.Contains(target) ? -1 : target, changed.Find(all[target]));
        }
    }

    [Theory]
    [InlineData(16)]
    [InlineData(14)]
    [InlineData(13)]
    [InlineData(12)]
    [InlineData(11)]
    public void Radii_cover_every_distance_by_the_pigeonhole_principle(int chunks)
    {
        var layout = PdqIndexLayout.Create(chunks, 16);
        for (var d = 0; d <= 64; d++)
        {
            if (layout.Radii(d) is { } radii)
            {
                Assert.Equal(d + 1, radii.Sum(r => r + 1)); // no slack: any more would probe needlessly
                Assert.All(radii, r => Assert.InRange(r, -1, PdqIndex.MaxChunkRadius));
                Assert.True(radii.SequenceEqual(radii.OrderDescending()), "narrow chunks first get the larger radius");
            }
            else
            {
                Assert.True(d + 1 > chunks * (PdqIndex.MaxChunkRadius + 1), $"{chunks} chunks gave up at {d}");
            }
        }
    }

    [Fact]
    public void Chunks_cover_all_256_bits_once()
    {
        foreach (var layout in PdqIndexLayout.Choices())
        {
            var covered = new int[PdqHash.BitCount];
            for (var c = 0; c < layout.Chunks; c++)
            {
                Assert.InRange(layout.FingerprintBits(c), 0, PdqIndexLayout.MaxFingerprintBits);
                for (var k = 0; k < layout.Width(c); k++)
                {
                    covered[(layout.Start(c) + k) % PdqHash.BitCount]++;
                }
            }

            Assert.All(covered, n => Assert.Equal(1, n));
            Assert.Equal(64 - layout.Width(0), layout.Start(0)); // chunk 0 is the top of the first word: a bank sorted by it needs no ids
        }
    }

    [Fact]
    public void Large_banks_get_longer_chunks_within_the_memory_budget()
    {
        foreach (var count in new[] { 1_000_000, 10_000_000 })
        {
            var layout = PdqIndexLayout.ForBankSize(count);
            var perHash = layout.TableBytes(count) / (double)count;
            Assert.True(perHash <= 64, $"{layout} at {count:N0}: {perHash:0.0} bytes per hash");
        }

        Assert.Equal(16, PdqIndexLayout.ForBankSize(20_000).Chunks);
        Assert.True(PdqIndexLayout.ForBankSize(10_000_000).Chunks < 16);
        Assert.True(PdqIndexLayout.ForBankSize(10_000_000).ExpectedReads(10_000_000, 31) < PdqIndexLayout.Sixteen.ExpectedReads(10_000_000, 31) / 3);
    }

    [Fact]
    public void The_table_size_formula_is_what_the_index_allocates()
    {
        var random = new Random(31);
        var hashes = Bank(random, 6_000, sorted: true);
        foreach (var layout in new[] { PdqIndexLayout.Sixteen, PdqIndexLayout.Create(11, 16), PdqIndexLayout.Create(12, 14) })
        {
            Assert.Equal(layout.TableBytes(hashes.Length), new PdqIndex(hashes, layout).TableBytes);
        }
    }

    /// <summary>Random hashes with 2 % near-duplicates (clusters), optionally sorted by the first word as <see cref="LoadedHashBank"/> sorts them.</summary>
    private static PdqHash[] Bank(Random random, int count, bool sorted)
    {
        var hashes = new PdqHash[count];
        for (var i = 0; i < count; i++)
        {
            hashes[i] = i > 0 && i % 50 == 0 ? RandomHashes.Flip(hashes[random.Next(i)], 4 + random.Next(20), random) : RandomHashes.Next(random);
        }

        return sorted ? [.. hashes.OrderBy(h => h.Bits0)] : hashes;
    }

    /// <summary>
    /// <paramref name="hash"/> with exactly <paramref name="distance"/> bits flipped, spread so that every probed chunk
    /// but one differs by more than its radius (the hardest case: one chunk alone can find it), within a chunk both
    /// in the bucket bits and the fingerprint bits.
    /// </summary>
    private static PdqHash Edge(PdqHash hash, PdqIndexLayout layout, int distance, Random random)
    {
        if (layout.Radii(distance) is not { } radii)
        {
            return RandomHashes.Flip(hash, distance, random);
        }

        var flips = radii.Select(r => r + 1).ToArray();
        var probed = Enumerable.Range(0, flips.Length).Where(c => radii[c] >= 0).ToArray();
        var lucky = probed[random.Next(probed.Length)];
        flips[lucky]--;
        var excess = flips.Sum() - distance; // ≥ 0; chunks skipped (radius -1) take no flips
        for (var c = 0; excess > 0; c = (c + 1) % flips.Length)
        {
            if (flips[c] > 0 && c != lucky)
            {
                flips[c]--;
                excess--;
            }
        }

        Span<ulong> w = [hash.Bits0, hash.Bits1, hash.Bits2, hash.Bits3];
        for (var c = 0; c < layout.Chunks; c++)
        {
            foreach (var k in Enumerable.Range(0, layout.Width(c)).OrderBy(_ => random.Next()).Take(flips[c]))
            {
                var bit = (layout.Start(c) + k) % PdqHash.BitCount;
                w[bit >> 6] ^= 1UL << (bit & 63);
            }
        }

        var edge = new PdqHash(w[0], w[1], w[2], w[3]);
        Assert.Equal(distance, edge.DistanceTo(hash));
        return edge;
    }

    private static string Name(PdqIndexLayout layout) => $"{layout.Chunks}x{layout.TableBitsSetting}";

    private static PdqIndexLayout Parse(string name)
    {
        var parts = name.Split('x');
        var (chunks, tableBits) = (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        return chunks == 16 && tableBits == 16 ? PdqIndexLayout.Sixteen : PdqIndexLayout.Create(chunks, tableBits);
    }

    private static (int, int) Linear(PdqHash[] hashes, PdqHash query, int maxDistance, HashSet<int>? removed = null)
    {
        var best = (-1, int.MaxValue);
        for (var i = 0; i < hashes.Length; i++)
        {
            var d = query.DistanceTo(hashes[i]);
            if (d <= maxDistance && d < best.Item2 && removed?.Contains(i) != true)
            {
                best = (i, d);
            }
        }

        return best.Item1 < 0 ? (-1, -1) : best;
    }
}
