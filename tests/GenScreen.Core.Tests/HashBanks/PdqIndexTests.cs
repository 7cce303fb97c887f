using GenScreen.Core.HashBanks;

namespace GenScreen.Core.Tests.HashBanks;

/// <summary>Multi-index hashing is exact: it finds what a linear scan finds, at every distance up to the bound.</summary>
public sealed class PdqIndexTests
{
    [Theory]
    [InlineData(20_000, 31, false)]
    [InlineData(20_000, 31, true)] // sorted by the first chunk: that chunk's list is the array itself
    [InlineData(20_000, 15, false)]
    [InlineData(20_000, 40, true)]
    [InlineData(100, 31, false)]
    public void Finds_the_same_nearest_entry_as_a_linear_scan(int count, int maxDistance, bool sortedByFirstChunk)
    {
        var random = new Random(count + maxDistance);
        var hashes = Enumerable.Range(0, count).Select(_ => RandomHashes.Next(random)).ToArray();
        if (sortedByFirstChunk)
        {
            hashes = [.. hashes.OrderBy(h => h.Chunk(0))];
        }

        var index = new PdqIndex(hashes);
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

    private static (int, int) Linear(PdqHash[] hashes, PdqHash query, int maxDistance)
    {
        var best = (-1, int.MaxValue);
        for (var i = 0; i < hashes.Length; i++)
        {
            var d = query.DistanceTo(hashes[i]);
            if (d <= maxDistance && d < best.Item2)
            {
                best = (i, d);
            }
        }

        return best.Item1 < 0 ? (-1, -1) : best;
    }
}
