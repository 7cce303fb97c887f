using GenScreen.Core.HashBanks;

namespace GenScreen.Core.Tests.HashBanks;

/// <summary>Multi-index hashing is exact: it finds what a linear scan finds, at every distance up to the bound.</summary>
public sealed class PdqIndexTests
{
    [Theory]
    [InlineData(20_000, 31, false)]
    [InlineData(20_000, 31, true)] // sorted by the first word: chunk 0's buckets are runs of the array itself
    [InlineData(20_000, 15, false)]
    [InlineData(20_000, 40, true)]
    [InlineData(100, 31, false)]
    public void Finds_the_same_nearest_entry_as_a_linear_scan(int count, int maxDistance, bool sortedByFirstChunk)
    {
        var random = new Random(count + maxDistance);
        var hashes = Enumerable.Range(0, count).Select(_ => RandomHashes.Next(random)).ToArray();
        if (sortedByFirstChunk)
        {
            hashes = [.. hashes.OrderBy(h => h.Bits0)];
        }

        var index = new PdqIndex(hashes);
        Assert.Equal(sortedByFirstChunk && count >= PdqIndex.LinearScanBelow, index.FirstChunkImplicit);
        var found = 0;
        for (var q = 0; q < 300; q++)
        {
            // Queries at every distance from 0 to past the bound, near a random entry; and unrelated ones.
            var query = q % 5 == 4 ? RandomHashes.Next(random) : RandomHashes.Flip(hashes[random.Next(count)], q % (maxDistance + 6), random);
            var expected = Linear(hashes, query, maxDistance);
            var actual = index.Nearest(query, maxDistance);
            Assert.Equal(expected, actual);
            found += actual.Index >= 0 ? 1 : 0;
        }

        Assert.InRange(found, 150, 300); // the test exercised matches, not only misses
    }

    [Fact]
    public void A_neighbour_at_exactly_the_bound_is_found_and_one_past_it_is_not()
    {
        var random = new Random(3);
        var hashes = Enumerable.Range(0, 10_000).Select(_ => RandomHashes.Next(random)).ToArray();
        var index = new PdqIndex(hashes);
        Assert.Equal((42, 31), index.Nearest(RandomHashes.Flip(hashes[42], 31, random), 31));
        Assert.Equal((-1, -1), index.Nearest(RandomHashes.Flip(hashes[42], 32, random), 31));
    }

    [Fact]
    public void Within_lists_every_entry_in_range_exactly_once()
    {
        var random = new Random(11);
        var hashes = Enumerable.Range(0, 20_000).Select(_ => RandomHashes.Next(random)).ToArray();
        // A cluster: entries near one another share several chunks, so they turn up in several chunks' postings.
        var centre = hashes[7];
        for (var k = 0; k < 40; k++)
        {
            hashes[100 + k] = RandomHashes.Flip(centre, k % 30, random);
        }

        hashes = [.. hashes.OrderBy(h => h.Bits0)];
        var index = new PdqIndex(hashes);
        var query = RandomHashes.Flip(centre, 3, random);
        var expected = Enumerable.Range(0, hashes.Length).Where(i => query.DistanceTo(hashes[i]) <= 31).Order().ToList();
        var actual = index.Within(query, 31);
        Assert.True(expected.Count >= 30, $"cluster too small: {expected.Count}");
        Assert.Equal(expected, actual.Select(m => m.Index).Order().ToList());
        Assert.All(actual, m => Assert.Equal(query.DistanceTo(hashes[m.Index]), m.Distance));
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(500)]
    public void Additions_and_removals_match_a_linear_scan_of_what_is_left(int count)
    {
        var random = new Random(count);
        var hashes = Enumerable.Range(0, count).Select(_ => RandomHashes.Next(random)).OrderBy(h => h.Chunk(0)).ToArray();
        var index = new PdqIndex(hashes);
        var added = Enumerable.Range(0, 50).Select(_ => RandomHashes.Next(random)).ToArray();
        var removed = Enumerable.Range(0, 50).Select(_ => random.Next(count + added.Length)).ToHashSet();
        var changed = index.With(added, removed);

        Assert.Equal(count, index.Count); // the original is unchanged
        Assert.Equal(count + added.Length - removed.Count, changed.Count);
        var all = hashes.Concat(added).ToArray();
        for (var q = 0; q < 300; q++)
        {
            var target = random.Next(all.Length);
            var query = RandomHashes.Flip(all[target], q % 36, random);
            var expected = Linear(all, query, 31, removed);
            Assert.Equal(expected, changed.Nearest(query, 31));
            Assert.Equal(removed.Contains(target) ? -1 : target, changed.Find(all[target]));
        }
    }

    [Fact]
    public void A_growing_delta_asks_for_a_rebuild()
    {
        var random = new Random(5);
        var index = new PdqIndex([.. Enumerable.Range(0, 10_000).Select(_ => RandomHashes.Next(random)).OrderBy(h => h.Chunk(0))]);
        var small = index.With([.. Enumerable.Range(0, 100).Select(_ => RandomHashes.Next(random))], []);
        var large = small.With([.. Enumerable.Range(0, PdqIndex.LinearScanBelow).Select(_ => RandomHashes.Next(random))], []);
        var emptied = index.With([], Enumerable.Range(0, 2_000));
        Assert.False(small.NeedsRebuild);
        Assert.True(large.NeedsRebuild);
        Assert.True(emptied.NeedsRebuild);
        Assert.Equal(100, small.DeltaCount);
    }

    private static (int, int) Linear(PdqHash[] hashes, PdqHash query, int maxDistance, HashSet<int>? removed = null)
    {
        var best = (-1, int.MaxValue);
        for (var i = 0; i < hashes.Length; i++)
        {
            if (removed?.Contains(i) == true)
            {
                continue;
            }

            var d = query.DistanceTo(hashes[i]);
            if (d <= maxDistance && d < best.Item2)
            {
                best = (i, d);
            }
        }

        return best.Item1 < 0 ? (-1, -1) : best;
    }
}
