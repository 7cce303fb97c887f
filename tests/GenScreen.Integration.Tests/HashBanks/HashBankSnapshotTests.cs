using Azure.Data.Tables;
using Azure.Storage.Blobs;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Verdicts;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Images;
using GenScreen.Storage.HashBanks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.HashBanks;

/// <summary>
/// Bank imports as snapshot blobs on real Azurite: all or nothing at the row's commit, a crash between blob and commit
/// leaves the previous version served, concurrent imports resolve by ETag, changes after an import apply over its
/// snapshot, and a running host picks a new import up.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class HashBankSnapshotTests(AzuriteFixture azurite)
{
    private readonly HashBankOptions _options = new()
    {
        BankTable = AzuriteFixture.UniqueTableName(),
        EntryTable = AzuriteFixture.UniqueTableName(),
        SnapshotContainer = "snap-" + Guid.NewGuid().ToString("N")[..16],
    };

    private HashBankStore NewStore() =>
        new(new TableServiceClient(azurite.ConnectionString), new BlobServiceClient(azurite.ConnectionString), Options.Create(_options));

    private static readonly HashBank Partner = new("partner", HashBankKind.Block, HarmCategory.SexualMinors, 31, 1);

    [Fact]
    public async Task An_import_replaces_the_list_and_later_adds_and_removals_apply_over_its_snapshot()
    {
        var store = NewStore();
        await store.CreateAsync(Partner, CancellationToken.None);
        var before = Entries(1, 10);
        await store.AddAsync("partner", before, null, CancellationToken.None);
        var list = Entries(2, 20_000);

        var imported = await store.ImportAsync("partner", list, CancellationToken.None);

        Assert.Equal(Sorted(list), await store.EntriesAsync("partner", CancellationToken.None).ToListAsync());
        Assert.Equal(imported, await store.GetAsync("partner", CancellationToken.None));
        // Added after the import: on top of the snapshot; removed: a tombstone hides the snapshot's entry.
        var later = Entries(3, 5);
        await store.AddAsync("partner", later, null, CancellationToken.None);
        var changedDetails = list[7] with { Label = "relabelled" };
        await store.AddAsync("partner", [changedDetails], null, CancellationToken.None);
        Assert.Equal(2, await store.RemoveAsync("partner", [list[0].Hash, list[1].Hash, before[0].Hash], CancellationToken.None));

        var expected = Sorted([.. list.Skip(2).Where(e => e.Hash != changedDetails.Hash), changedDetails, .. later]);
        Assert.Equal(expected, await store.EntriesAsync("partner", CancellationToken.None).ToListAsync());
        var loaded = await store.LoadAsync(Partner, CancellationToken.None);
        Assert.Equal(expected.Count, loaded.Count);
        Assert.Equal((await store.GetAsync("partner", CancellationToken.None))!.Version, loaded.Bank.Version);

        // The next import replaces all of it; the old snapshot blob and the dead rows go.
        var next = Entries(4, 100);
        await store.ImportAsync("partner", next, CancellationToken.None);
        Assert.Equal(Sorted(next), await store.EntriesAsync("partner", CancellationToken.None).ToListAsync());
        Assert.Single(await store.SnapshotNamesAsync("partner", CancellationToken.None));
        var rows = new TableServiceClient(azurite.ConnectionString).GetTableClient(_options.EntryTable).QueryAsync<TableEntity>();
        Assert.Empty(await rows.ToListAsync());
    }

    [Fact]
    public async Task A_crash_after_the_snapshot_is_written_but_before_the_commit_leaves_the_previous_version_served()
    {
        var store = NewStore();
        await store.CreateAsync(Partner, CancellationToken.None);
        var first = Entries(5, 1_000);
        var committed = await store.ImportAsync("partner", first, CancellationToken.None);

        // The importing process dies here: its blob is written, the row never names it.
        var abandoned = await store.PrepareImportAsync("partner", Entries(6, 2_000), CancellationToken.None);

        Assert.Equal(2, (await store.SnapshotNamesAsync("partner", CancellationToken.None)).Count);
        Assert.Equal(committed, await store.GetAsync("partner", CancellationToken.None));
        Assert.Equal(Sorted(first), await store.EntriesAsync("partner", CancellationToken.None).ToListAsync());
        // The orphan is harmless and goes at the next commit.
        var third = Entries(7, 10);
        await store.ImportAsync("partner", third, CancellationToken.None);
        Assert.DoesNotContain(abandoned.Snapshot, await store.SnapshotNamesAsync("partner", CancellationToken.None));
        Assert.Single(await store.SnapshotNamesAsync("partner", CancellationToken.None));
        Assert.Equal(Sorted(third), await store.EntriesAsync("partner", CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task Of_two_concurrent_imports_the_first_to_commit_wins_and_the_other_gets_a_clear_error()
    {
        var store = NewStore();
        var other = NewStore(); // another process
        await store.CreateAsync(Partner, CancellationToken.None);
        var mine = Entries(8, 3_000);
        var theirs = Entries(9, 3_000);

        var a = await store.PrepareImportAsync("partner", mine, CancellationToken.None);
        var b = await other.PrepareImportAsync("partner", theirs, CancellationToken.None);
        var won = await other.CommitImportAsync(b, CancellationToken.None);
        var lost = await Assert.ThrowsAsync<HashBankException>(() => store.CommitImportAsync(a, CancellationToken.None));

        Assert.Contains("changed while this import was being written", lost.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", lost.Message, StringComparison.Ordinal);
        Assert.Equal(won, await store.GetAsync("partner", CancellationToken.None));
        Assert.Equal(Sorted(theirs), await store.EntriesAsync("partner", CancellationToken.None).ToListAsync());
        Assert.Equal([b.Snapshot], await store.SnapshotNamesAsync("partner", CancellationToken.None));

        // A small change committed between an import's write and its commit wins the same way.
        var c = await store.PrepareImportAsync("partner", mine, CancellationToken.None);
        await other.AddAsync("partner", Entries(10, 1), null, CancellationToken.None);
        await Assert.ThrowsAsync<HashBankException>(() => store.CommitImportAsync(c, CancellationToken.None));
        Assert.Equal(theirs.Count + 1, (await store.EntriesAsync("partner", CancellationToken.None).ToListAsync()).Count);
    }

    [Fact]
    public async Task The_quarantined_bank_is_never_bulk_imported()
    {
        var store = NewStore();
        await store.CreateAsync(QuarantineBanker.DefaultBank, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<HashBankException>(() => store.ImportAsync(HashBank.Quarantined, Entries(11, 3), CancellationToken.None));

        Assert.Contains("cannot be imported into", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await store.SnapshotNamesAsync(HashBank.Quarantined, CancellationToken.None));
    }

    [Fact]
    public async Task A_running_host_picks_up_each_import()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, TimeSpan.FromMinutes(10), new Dictionary<string, string?> { ["HashBanks:RefreshInterval"] = "00:00:01" });
        var cache = host.Host.App.Services.GetRequiredService<HashBankCache>();
        var options = host.Host.App.Services.GetRequiredService<IOptions<HashBankOptions>>();
        var writer = new HashBankStore(new TableServiceClient(azurite.ConnectionString), new BlobServiceClient(azurite.ConnectionString), options);
        await writer.CreateAsync(Partner, CancellationToken.None);
        var first = Entries(12, 50_000);
        var second = Entries(13, 5_000);

        var v1 = await writer.ImportAsync("partner", first, CancellationToken.None);
        await Eventually.GetAsync(() => Task.FromResult(cache.Current.Find("partner") is { } b && b.Bank.Version >= v1.Version ? "loaded" : null), "the host loading the first import");
        var loaded = cache.Current.Find("partner")!;
        Assert.Equal(first.Count, loaded.Count);
        Assert.Equal(0, loaded.Index.Nearest(first[123].Hash, 31).Distance);
        Assert.Equal("label 123", loaded.Entry(loaded.Index.Nearest(first[123].Hash, 31).Index).Label);

        var v2 = await writer.ImportAsync("partner", second, CancellationToken.None);
        await Eventually.GetAsync(() => Task.FromResult(cache.Current.Find("partner") is { } b && b.Bank.Version >= v2.Version ? "loaded" : null), "the host loading the second import");
        loaded = cache.Current.Find("partner")!;
        Assert.Equal(second.Count, loaded.Count);
        Assert.True(loaded.Index.Find(first[123].Hash) < 0 || loaded.Index.IsRemoved(loaded.Index.Find(first[123].Hash)));
        Assert.True(loaded.Index.Find(second[42].Hash) >= 0);
    }

    /// <summary>Random hashes (seeded), every other one with details, as an exchange's CSV would give them.</summary>
    internal static List<HashBankEntry> Entries(int seed, int count)
    {
        var random = new Random(seed);
        var entries = new List<HashBankEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var hash = new PdqHash((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64() | (1UL << 63 >> (i % 2)));
            entries.Add(i % 2 == 0 ? new HashBankEntry(hash) : new HashBankEntry(hash, $"label {i}", "te-exchange", "2026-11-30"));
        }

        return entries;
    }

    private static List<HashBankEntry> Sorted(IEnumerable<HashBankEntry> entries) =>
        [.. entries.OrderBy(e => e.Hash.ToString(), StringComparer.Ordinal)];
}
