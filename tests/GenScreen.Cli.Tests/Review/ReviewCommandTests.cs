using System.Security.Cryptography;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Images;
using GenScreen.Storage.Review;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenScreen.Cli.Tests.Review;

/// <summary>
/// <c>genscreen review</c> on real Azurite: verdicts written through the stores' own write path (which indexes them),
/// listed across pages, released with an operator; evidence purged only after its retention, on a fake clock, each
/// deletion audited, a dry run by default.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ReviewCommandTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["GenScreenStorage"] = azurite.ConnectionString,
        ["VerdictStore:TableName"] = AzuriteFixture.UniqueTableName("V"),
        ["ImageScreening:VerdictTable"] = AzuriteFixture.UniqueTableName("I"),
        ["ImageScreening:QuarantineContainer"] = "q-" + Guid.NewGuid().ToString("N")[..12],
        ["HashBanks:BankTable"] = AzuriteFixture.UniqueTableName("Banks"),
        ["HashBanks:EntryTable"] = AzuriteFixture.UniqueTableName("Entries"),
        ["HashBanks:SnapshotContainer"] = AzuriteFixture.UniqueTableName("snapshots").ToLowerInvariant(),
        ["Review:IndexTable"] = AzuriteFixture.UniqueTableName("RIdx"),
        ["Review:AuditTable"] = AzuriteFixture.UniqueTableName("RAud"),
        ["Review:HistoryTable"] = AzuriteFixture.UniqueTableName("RHis"),
    };

    private readonly FakeTimeProvider _time = new(Start);

    private Task<CliRun> Run(params string[] args) => CliRun.InvokeAsync(["review", .. args], settings: _settings, time: _time);

    private ReviewIndexStore Index => new(new TableServiceClient(azurite.ConnectionString), Options.Create(new ReviewOptions { IndexTable = _settings["Review:IndexTable"]! }));

    [Fact]
    public async Task List_pages_with_continuation_and_release_records_the_operator()
    {
        var prompts = new TablePromptVerdictStore(new TableServiceClient(azurite.ConnectionString), Options.Create(new VerdictStoreOptions { TableName = _settings["VerdictStore:TableName"]!, WriteTimeout = TimeSpan.FromMinutes(1) }),
            new VerdictRetryBacklog(4), NullLogger<TablePromptVerdictStore>.Instance, Index);
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var id = VerdictIds.NewRandom();
            ids.Add(id);
            // Stored, not deferred to the retry backlog (which nothing drains here): its index row is written with it.
            Assert.Equal(VerdictWriteOutcome.Stored, (await prompts.SaveAsync(PromptVerdict(id, Decision.Block, Start.AddMinutes(-1 - i)), CancellationToken.None)).Outcome);
        }

        await prompts.SaveAsync(PromptVerdict(VerdictIds.NewRandom(), Decision.Allow, Start.AddMinutes(-1)), CancellationToken.None);

        var listed = new List<string>();
        string[] extra = [];
        for (var pages = 1; ; pages++)
        {
            var page = await Run(["list", "--page-size", "2", .. extra]);
            Assert.True(page.ExitCode == 0, page.Error);
            listed.AddRange(page.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains('\t', StringComparison.Ordinal)).Select(l => l.Split('\t')[0]));
            var more = page.Out.Split('\n').Single(l => l.Contains("item(s)", StringComparison.Ordinal));
            if (!more.Contains("--continuation", StringComparison.Ordinal))
            {
                break;
            }

            extra = ["--continuation", more[(more.IndexOf("--continuation ", StringComparison.Ordinal) + 15)..].Trim()];
            Assert.True(pages < 10);
        }

        Assert.Equal(ids, listed); // newest first: the order they were screened in, reversed
        var noOperator = await Run("release", ids[0], "--reason", "benign");
        Assert.Equal(1, noOperator.ExitCode);
        Assert.Contains("--by", noOperator.Error, StringComparison.Ordinal);
        var noReason = await Run("release", ids[0], "--by", "ann");
        Assert.Equal(1, noReason.ExitCode);
        Assert.Contains("reason is required", noReason.Error, StringComparison.Ordinal);

        var released = await Run("release", ids[0], "--reason", "benign", "--by", "ann");

        Assert.True(released.ExitCode == 0, released.Error);
        using var shown = JsonDocument.Parse((await Run("show", ids[0])).Out);
        Assert.Equal(("released", 2), (shown.RootElement.GetProperty("item").GetProperty("status").GetString(), shown.RootElement.GetProperty("item").GetProperty("version").GetInt32()));
        var audit = Assert.Single(shown.RootElement.GetProperty("audit").EnumerateArray());
        Assert.Equal(("ann", "benign", "release"), (audit.GetProperty("operator").GetString(), audit.GetProperty("reason").GetString(), audit.GetProperty("action").GetString()));
        Assert.Equal(1, (await Run("show", VerdictIds.NewRandom())).ExitCode);
        Assert.Equal(1, (await Run("list", "--continuation", "not-a-token")).ExitCode);
    }

    [Fact]
    public async Task Purge_deletes_only_evidence_past_its_retention_audits_each_deletion_and_is_a_dry_run_by_default()
    {
        var old = await QuarantinedAsync(Start.AddDays(-120));
        var recent = await QuarantinedAsync(Start.AddDays(-10));

        var dry = await Run("purge");
        Assert.True(dry.ExitCode == 0, dry.Error);
        Assert.Contains($"would delete\t{old.Id}", dry.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(recent.Id, dry.Out, StringComparison.Ordinal);
        Assert.True(await old.Blob.ExistsAsync());
        Assert.Equal(1, (await Run("purge", "--execute", "--by", "ops")).ExitCode); // no reason: nothing deleted
        Assert.True(await old.Blob.ExistsAsync());

        var purged = await Run("purge", "--execute", "--reason", "retention period over", "--by", "ops");

        Assert.True(purged.ExitCode == 0, purged.Error);
        Assert.False(await old.Blob.ExistsAsync());
        Assert.True(await recent.Blob.ExistsAsync());
        using (var shown = JsonDocument.Parse((await Run("show", old.Id)).Out))
        {
            var item = shown.RootElement.GetProperty("item");
            Assert.Equal((2, false), (item.GetProperty("version").GetInt32(), item.GetProperty("imageAvailable").GetBoolean()));
            Assert.True(item.GetProperty("review").TryGetProperty("evidencePurgedAt", out _));
            var audit = Assert.Single(shown.RootElement.GetProperty("audit").EnumerateArray());
            Assert.Equal(("purge", "ops", "retention period over"), (audit.GetProperty("action").GetString(), audit.GetProperty("operator").GetString(), audit.GetProperty("reason").GetString()));
        }

        // Nothing more is due until the recent one's retention (90 days) has passed too.
        Assert.Contains("0 quarantined image(s)", (await Run("purge", "--execute", "--reason", "again", "--by", "ops")).Out, StringComparison.Ordinal);
        _time.Advance(TimeSpan.FromDays(79)); // 89 days old
        Assert.Contains("0 quarantined image(s)", (await Run("purge", "--execute", "--reason", "day 89", "--by", "ops")).Out, StringComparison.Ordinal);
        Assert.True(await recent.Blob.ExistsAsync());
        _time.Advance(TimeSpan.FromDays(2)); // 91 days old
        var later = await Run("purge", "--execute", "--reason", "retention period over", "--by", "ops");
        Assert.Contains($"deleted\t{recent.Id}", later.Out, StringComparison.Ordinal);
        Assert.False(await recent.Blob.ExistsAsync());
    }

    private static StoredPromptVerdict PromptVerdict(string id, Decision decision, DateTimeOffset at) => new(
        id,
        new Core.Verdicts.PromptVerdict(decision, "mature", "test", [new CategorySeverity(HarmCategory.Sexual, decision == Decision.Allow ? 0 : 6)], []),
        new string('a', 64), null, 10, decision == Decision.Allow ? null : "a retained prompt", null, null, "user-1", null, at);

    /// <summary>An image the pipeline quarantined at <paramref name="at"/>: its verdict row (written through the store, so indexed) and its blob.</summary>
    private async Task<(string Id, BlobClient Blob)> QuarantinedAsync(DateTimeOffset at)
    {
        var bytes = RandomNumberGenerator.GetBytes(256);
        var id = VerdictIds.NewRandom();
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(_settings["ImageScreening:QuarantineContainer"]);
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient($"incoming/{id}.png");
        await blob.UploadAsync(new BinaryData(bytes));
        var store = new ImageVerdictStore(new TableServiceClient(azurite.ConnectionString), Options.Create(new ImageScreeningOptions { VerdictTable = _settings["ImageScreening:VerdictTable"]! }), Index);
        var verdict = new ImageVerdict(Decision.Block, "mature", "test", [new CategorySeverity(HarmCategory.Sexual, 6)], [new VerdictReason("image.class-threshold", "Porn 0.97")]);
        var facts = new ImageFacts(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, 0, 0, "png", 1, 1, false, null, 0, 0);
        var record = new ImageVerdictRecord(id, "incoming", $"{id}.png", "v1", verdict, facts, null, ImageAction.Quarantined, 1, at, 5, blob.Name, false);
        Assert.NotNull(await store.TryAddAsync(record, CancellationToken.None));
        return (id, blob);
    }
}
