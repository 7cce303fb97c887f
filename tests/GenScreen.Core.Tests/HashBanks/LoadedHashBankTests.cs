using GenScreen.Core.HashBanks;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.HashBanks;

/// <summary>A bank changed in place (quarantine adds, releases remove) matches as the same bank loaded afresh would.</summary>
public sealed class LoadedHashBankTests
{
    private static readonly HashBank Settings = new("q", HashBankKind.Block, HarmCategory.Sexual, 31, 1);

    [Theory]
    [InlineData(10_000)] // indexed: additions go to the delta
    [InlineData(300)] // linear scan
    public void Changes_applied_in_place_match_like_a_fresh_load(int count)
    {
        var random = new Random(count);
        var entries = Enumerable.Range(0, count).Select(i => new HashBankEntry(RandomHashes.Next(random), Label: i % 3 == 0 ? $"l{i}" : null)).ToList();
        var bank = new LoadedHashBank(Settings, entries);
        var added = Enumerable.Range(0, 20).Select(i => new HashBankEntry(RandomHashes.Next(random), VerdictId: $"v{i}")).ToList();
        var relabelled = entries[5] with { Label = "again" }; // re-adding a hash replaces its details
        var removed = entries.Skip(10).Take(15).Select(e => e.Hash).ToList();

        // Two changes in a row: the second removes an entry the first put in the delta.
        var changed = bank.With(Settings, [.. added, relabelled], removed).With(Settings with { Version = 2 }, [], [added[0].Hash]);
        removed.Add(added[0].Hash);
        var expected = entries.Where(e => !removed.Contains(e.Hash) && e.Hash != relabelled.Hash)
            .Concat(added.Where(e => !removed.Contains(e.Hash))).Append(relabelled).ToList();
        var fresh = new LoadedHashBank(Settings with { Version = 2 }, expected);

        Assert.Equal(2, changed.Bank.Version);
        Assert.Equal(count, bank.Count); // the loaded snapshot others may be matching against is unchanged
        Assert.Equal(fresh.Count, changed.Count);
        Assert.Equal(expected.OrderBy(e => e.Hash.ToString()), changed.Entries().OrderBy(e => e.Hash.ToString()));
        foreach (var e in expected.Take(50).Concat(added.Skip(1)))
        {
            var query = RandomHashes.Flip(e.Hash, 12, random);
            var (i, d) = changed.Index.Nearest(query, 31);
            Assert.Equal(e, changed.Entry(i));
            Assert.Equal(fresh.Index.Nearest(query, 31).Distance, d);
        }

        foreach (var gone in removed)
        {
            Assert.Equal((-1, -1), changed.Index.Nearest(gone, 31));
        }
    }

    [Fact]
    public void A_large_change_rebuilds_the_tables()
    {
        var random = new Random(9);
        var bank = new LoadedHashBank(Settings, Enumerable.Range(0, 8_000).Select(_ => new HashBankEntry(RandomHashes.Next(random))));
        var added = Enumerable.Range(0, PdqIndex.LinearScanBelow + 1).Select(i => new HashBankEntry(RandomHashes.Next(random), Source: $"s{i}")).ToList();
        var changed = bank.With(Settings, added, []);
        Assert.Equal(0, changed.Index.DeltaCount);
        Assert.Equal(8_000 + added.Count, changed.Count);
        var (i, _) = changed.Index.Nearest(added[^1].Hash, 0);
        Assert.Equal(added[^1], changed.Entry(i));
    }
}
