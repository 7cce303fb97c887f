using Azure.Data.Tables;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Review;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.Review;

/// <summary>Audit rows are append-only on real Azurite: a second write with the same key fails and the first row stays as written.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ReviewAuditStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_second_write_with_the_same_key_fails_instead_of_overwriting()
    {
        var options = Options.Create(new ReviewOptions { AuditTable = AzuriteFixture.UniqueTableName() });
        var store = new ReviewAuditStore(new TableServiceClient(azurite.ConnectionString), options);
        var at = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        var first = new ReviewAuditRecord("a1b2c3d4e5f60718293a4b5c6d7e8f90", "0123456789abcdef0123456789abcdef", "image", "release", "ann", "oid-1", at, "benign", """{"status":"open"}""", """{"status":"released"}""");
        await store.AppendAsync(first, CancellationToken.None);

        var forged = first with { Operator = "mallory", Reason = "rewritten", After = """{"status":"confirmed"}""" };
        await Assert.ThrowsAsync<AuditRowExistsException>(() => store.AppendAsync(forged, CancellationToken.None));

        var row = Assert.Single(await store.ForVerdictAsync(first.VerdictId, CancellationToken.None));
        Assert.Equal(first, row);
    }

    [Fact]
    public async Task Rows_of_one_verdict_come_back_oldest_first()
    {
        var options = Options.Create(new ReviewOptions { AuditTable = AzuriteFixture.UniqueTableName() });
        var store = new ReviewAuditStore(new TableServiceClient(azurite.ConnectionString), options);
        var at = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        const string Id = "0123456789abcdef0123456789abcdef";
        await store.AppendAsync(new ReviewAuditRecord(ReviewAuditStore.NewId(), Id, "image", "purge", "ops", null, at.AddDays(90), "retention", "{}", "{}"), CancellationToken.None);
        await store.AppendAsync(new ReviewAuditRecord(ReviewAuditStore.NewId(), Id, "image", "confirm", "ann", null, at, "csam", "{}", "{}"), CancellationToken.None);

        var rows = await store.ForVerdictAsync(Id, CancellationToken.None);

        Assert.Equal(["confirm", "purge"], rows.Select(r => r.Action));
    }
}
