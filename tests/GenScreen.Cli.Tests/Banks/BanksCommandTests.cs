using GenScreen.Cli.Tests.Infrastructure;

namespace GenScreen.Cli.Tests.Banks;

/// <summary><c>genscreen banks</c> against a real Azurite, each test with its own bank tables.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BanksCommandTests(AzuriteFixture azurite) : IDisposable
{
    private const string A = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private const string B = "30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af";
    private const string C = "d0f8f1ccc0f4a84d0a370a3a228f67f0b36e2ed5b6623e1d33e6339c4e9c9b22";

    private readonly TempFiles _files = new();

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["GenScreenStorage"] = azurite.ConnectionString,
        ["HashBanks:BankTable"] = AzuriteFixture.UniqueTableName("Banks"),
        ["HashBanks:EntryTable"] = AzuriteFixture.UniqueTableName("Entries"),
        ["HashBanks:SnapshotContainer"] = AzuriteFixture.UniqueTableName("snapshots").ToLowerInvariant(),
    };

    public void Dispose() => _files.Dispose();

    private Task<CliRun> Run(params string[] args) => CliRun.InvokeAsync(["banks", .. args], settings: _settings);

    [Fact]
    public async Task A_list_with_a_bad_line_is_refused_with_its_line_number_and_the_bank_is_unchanged()
    {
        Assert.Equal(0, (await Run("create", "partner", "--kind", "block", "--category", "SexualMinors")).ExitCode);
        Assert.Equal(0, (await Run("add", "partner", C)).ExitCode);
        var file = _files.Write("list.csv", $"hash,label,source,date\n{A},one,te,2026-01-01\n{B[..63]},two,te,2026-01-01\n{B},three,te,2026-01-01\n");

        var import = await Run("import", "partner", file);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("line 3: ", import.Error, StringComparison.Ordinal);
        Assert.Contains("nothing imported", import.Error, StringComparison.Ordinal);
        var export = await Run("export", "partner");
        var lines = export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("hash,label,source,date,verdict_id", lines[0]);
        Assert.StartsWith(C, Assert.Single(lines[1..]), StringComparison.Ordinal); // only the hash added before
        Assert.Contains("1 hashes", (await Run("list")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_line_at_the_end_of_a_long_list_leaves_the_bank_and_its_snapshot_unchanged()
    {
        await Run("create", "partner", "--category", "Sexual");
        Assert.Equal(0, (await Run("import", "partner", _files.Write("first.txt", $"{A}\n{B}\n"))).ExitCode);
        var exported = (await Run("export", "partner")).Out;
        var snapshots = await SnapshotBlobsAsync();
        var lines = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"{i:x64},case {i},te,2026-11-30\n"));

        var import = await Run("import", "partner", _files.Write("long.csv", lines + $"{C[..60]}zzzz,last,te,2026-11-30\n"));

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("line 30001: ", import.Error, StringComparison.Ordinal);
        Assert.Contains("1 bad line(s); nothing imported", import.Error, StringComparison.Ordinal);
        Assert.Equal(exported, (await Run("export", "partner")).Out);
        Assert.Equal(snapshots, await SnapshotBlobsAsync()); // nothing written, not even an uncommitted blob
        Assert.Contains("2 hashes", (await Run("list")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_replaces_the_list_and_adds_and_removals_after_it_apply_over_it()
    {
        await Run("create", "partner", "--category", "Sexual");
        await Run("add", "partner", C);

        var import = await Run("import", "partner", _files.Write("list.txt", $"{A}\n{B}\n"));
        Assert.True(import.ExitCode == 0, import.Out + import.Error);
        Assert.Contains("replace its previous list", import.Out, StringComparison.Ordinal);
        Assert.Equal([B, A], Hashes((await Run("export", "partner")).Out)); // in hash order

        await Run("add", "partner", C, "--label", "later");
        Assert.Equal("1 removed", (await Run("remove", "partner", A)).Out.Trim());
        Assert.Equal([B, C], Hashes((await Run("export", "partner")).Out));
        Assert.Contains("2 hashes", (await Run("list")).Out, StringComparison.Ordinal);

        Assert.Equal(0, (await Run("import", "partner", _files.Write("again.txt", $"{A}\n"))).ExitCode);
        Assert.Equal([A], Hashes((await Run("export", "partner")).Out));
        Assert.Single(await SnapshotBlobsAsync()); // the replaced snapshot is deleted after the commit
    }

    [Fact]
    public async Task The_quarantined_bank_cannot_be_imported_into()
    {
        var import = await Run("import", "quarantined", _files.Write("list.txt", $"{A}\n"));

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("filled by quarantine and emptied by release", import.Error, StringComparison.Ordinal);
    }

    private static string[] Hashes(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0])];

    private async Task<List<string>> SnapshotBlobsAsync()
    {
        var container = new Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, _settings["HashBanks:SnapshotContainer"]);
        var names = new List<string>();
        if (await container.ExistsAsync())
        {
            await foreach (var blob in container.GetBlobsAsync())
            {
                names.Add(blob.Name);
            }
        }

        return names;
    }

    [Fact]
    public async Task Import_then_export_round_trips_into_another_bank()
    {
        await Run("create", "source-list", "--category", "Sexual");
        await Run("create", "copy", "--category", "Sexual");
        var file = _files.Write("list.tsv", $"{A}\tknown, bad\tte-exchange\t2025-01-02\n{B}\n");
        var import = await Run("import", "source-list", file);
        Assert.True(import.ExitCode == 0, import.Out + import.Error);
        Assert.Contains("2 hashes imported into source-list", import.Out, StringComparison.Ordinal);

        var exported = await Run("export", "source-list");
        var again = await Run("import", "copy", _files.Write("exported.csv", exported.Out));
        Assert.Equal(0, again.ExitCode);

        Assert.Equal(exported.Out, (await Run("export", "copy")).Out);
        Assert.Contains("\"known, bad\",te-exchange,2025-01-02", exported.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_a_hash_names_the_bank_and_exits_as_a_block()
    {
        await Run("create", "ncii", "--category", "Sexual");
        await Run("add", "ncii", A, "--label", "reported");

        var near = await Run("match", B);
        var hit = await Run("match", A);

        Assert.Equal((0, "no match"), (near.ExitCode, near.Out.Trim()));
        Assert.Equal(20, hit.ExitCode);
        Assert.Contains($"block bank ncii: distance 0 (Original) entry {A} label reported", hit.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_bank_and_bad_hash_are_clear_errors()
    {
        var unknown = await Run("add", "nope", A);
        var bad = await Run("remove", "nope", "xyz");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no bank 'nope'", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("'xyz' is not a PDQ hash", bad.Error, StringComparison.Ordinal);
    }
}
