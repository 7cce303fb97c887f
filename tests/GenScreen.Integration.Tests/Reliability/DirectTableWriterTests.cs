using Azure;
using Azure.Data.Tables;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Connections;
using GenScreen.Storage.Verdicts;
using GenScreen.Storage.Verdicts.Transactions;

namespace GenScreen.Integration.Tests.Reliability;

/// <summary>
/// The direct table writer (<c>VerdictStore:TableWriter=Direct</c>) against a real Azurite: the answers of committed and
/// refused transactions as the emulator sends them (per-operation statuses, the failing operation's index and error
/// code), plain inserts, and rows that read back exactly as the Azure SDK's own writes of the same entity.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class DirectTableWriterTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Transaction_AllNew_IsCommitted_WithOneSuccessPerRow()
    {
        var (inserts, table) = await NewTableAsync();
        var rows = Enumerable.Range(0, 7).Select(i => PromptVerdictEntity.From(InPartition("5e", JournaledVerdicts.Make(i)))).ToList();

        var answer = await inserts.SubmitAsync(rows, CancellationToken.None);

        Assert.True(answer.Committed);
        Assert.Equal(7, answer.Succeeded);
        Assert.Null(answer.FailedIndex);
        Assert.Equal(rows.Select(r => r.RowKey).Order(), (await table.QueryAsync<TableEntity>().ToListAsync()).Select(r => r.RowKey).Order());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Transaction_WithAnExistingRowInside_IsRolledBack_AndNamesThatRowAsAConflict(int existingAt)
    {
        var (inserts, table) = await NewTableAsync();
        var rows = Enumerable.Range(0, 5).Select(i => PromptVerdictEntity.From(InPartition("a7", JournaledVerdicts.Make(i)))).ToList();
        await table.AddEntityAsync(rows[existingAt]);

        var answer = await inserts.SubmitAsync(rows, CancellationToken.None);

        Assert.False(answer.Committed);
        Assert.Equal(409, answer.FailedStatus);
        Assert.Equal(existingAt, answer.FailedIndex);
        Assert.Equal("EntityAlreadyExists", answer.ErrorCode);
        Assert.False(await inserts.InsertBatchAsync(rows, CancellationToken.None)); // the writer's reading: "a row exists"
        var stored = await table.QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal([rows[existingAt].RowKey], stored.Select(r => r.RowKey)); // all or nothing: none of the others
    }

    [Fact]
    public async Task Transaction_IntoAMissingTable_FailsAsTheServiceSays()
    {
        var connection = DirectTableConnection.FromConnectionString(azurite.ConnectionString, StorageClients.DefaultTableOptions());
        var inserts = new DirectTableInserts(connection, AzuriteFixture.UniqueTableName()); // never created
        var rows = Enumerable.Range(0, 3).Select(i => PromptVerdictEntity.From(InPartition("0c", JournaledVerdicts.Make(i)))).ToList();

        var batch = await Assert.ThrowsAsync<RequestFailedException>(() => inserts.InsertBatchAsync(rows, CancellationToken.None));
        var single = await Assert.ThrowsAsync<RequestFailedException>(() => inserts.InsertAsync(rows[0], CancellationToken.None));

        Assert.Equal(404, batch.Status);
        Assert.Equal(404, single.Status);
    }

    [Fact]
    public async Task SingleInsert_New_ThenAgain_IsWrittenOnce_ThenReportedAsExisting()
    {
        var (inserts, table) = await NewTableAsync();
        var row = PromptVerdictEntity.From(JournaledVerdicts.Make(3));

        Assert.True(await inserts.InsertAsync(row, CancellationToken.None));
        Assert.False(await inserts.InsertAsync(PromptVerdictEntity.From(JournaledVerdicts.Make(4) with { VerdictId = row.RowKey }), CancellationToken.None));

        var stored = await table.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey);
        Assert.Equal(row.GetString("PromptSha256"), stored.Value.GetString("PromptSha256")); // the first write stands
    }

    /// <summary>
    /// Every property type the writer annotates, written by the SDK into one table and directly into another: read back,
    /// the two rows hold the same names, the same EDM types and the same values.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rows_WrittenDirectly_ReadBackAsTheSdksWritesOfTheSameEntity(bool inTransaction)
    {
        var (inserts, direct) = await NewTableAsync();
        var sdk = new TableClient(azurite.ConnectionString, AzuriteFixture.UniqueTableName());
        await sdk.CreateAsync();
        var verdictRows = Enumerable.Range(0, 6).Select(i => PromptVerdictEntity.From(InPartition("3f", JournaledVerdicts.Make(i)))).ToList();
        var typed = new TableEntity("3f", "3f" + new string('0', 30))
        {
            ["Text"] = "line one\nline two \"quoted\" — ünïcödé 名前 \u0001",
            ["Flag"] = true,
            ["Small"] = -42,
            ["Large"] = long.MaxValue - 7,
            ["Whole"] = 5.0,
            ["Fraction"] = 0.1 + 0.2,
            ["NotANumber"] = double.NaN,
            ["At"] = new DateTimeOffset(2026, 12, 2, 7, 59, 1, 123, TimeSpan.FromHours(2)).AddTicks(4567),
            ["Id"] = Guid.Parse("0b6a1c0e-7f57-4a7e-9c33-7d3ad5d7e2f1"),
            ["Bytes"] = new byte[] { 0, 1, 2, 250, 255 },
            ["Missing"] = null,
        };
        var rows = verdictRows.Append(typed).ToList();

        if (inTransaction)
        {
            Assert.True(await inserts.InsertBatchAsync(rows, CancellationToken.None));
        }
        else
        {
            foreach (var row in rows)
            {
                Assert.True(await inserts.InsertAsync(row, CancellationToken.None));
            }
        }

        await sdk.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)));
        foreach (var row in rows)
        {
            var mine = (await direct.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey)).Value;
            var theirs = (await sdk.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey)).Value;
            Assert.Equal(Comparable(theirs), Comparable(mine));
        }

        var typedBack = (await direct.GetEntityAsync<TableEntity>(typed.PartitionKey, typed.RowKey)).Value;
        Assert.Equal(long.MaxValue - 7, typedBack.GetInt64("Large"));
        Assert.Equal(5.0, typedBack.GetDouble("Whole"));
        Assert.Equal(typed["At"], typedBack.GetDateTimeOffset("At"));
        Assert.False(typedBack.ContainsKey("Missing"));
        var verdictBack = (await direct.GetEntityAsync<TableEntity>(verdictRows[1].PartitionKey, verdictRows[1].RowKey)).Value;
        Assert.Equal(JournaledVerdicts.Make(1).ScreenMilliseconds, PromptVerdictEntity.To(verdictBack).ScreenMilliseconds);
    }

    [Fact]
    public void ConnectionString_WithoutAnAccountKey_IsRefusedNamingTheSetting()
    {
        var sas = "TableEndpoint=https://example.table.core.windows.net/;SharedAccessSignature=sv=2024-01-01&sig=abc";

        var refused = Assert.Throws<NotSupportedException>(() => DirectTableConnection.FromConnectionString(sas, StorageClients.DefaultTableOptions()));

        Assert.Contains("VerdictStore:TableWriter=Sdk", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_TableWriterOutsideTheKnownKinds_IsRejected()
    {
        static bool Valid(VerdictTableWriter writer)
        {
            var options = new VerdictStoreOptions { IdKey = new string('k', 40), TableWriter = writer };
            return System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), null, validateAllProperties: true);
        }

        Assert.True(Valid(VerdictTableWriter.Direct));
        Assert.True(Valid(VerdictTableWriter.Sdk));
        Assert.False(Valid((VerdictTableWriter)7));
    }

    private async Task<(DirectTableInserts Inserts, TableClient Table)> NewTableAsync()
    {
        var name = AzuriteFixture.UniqueTableName();
        var table = new TableClient(azurite.ConnectionString, name);
        await table.CreateAsync();
        var connection = DirectTableConnection.FromConnectionString(azurite.ConnectionString, StorageClients.DefaultTableOptions());
        return (new DirectTableInserts(connection, name), table);
    }

    /// <summary>Every property with its value and type, but not the service's own (Timestamp, ETag).</summary>
    private static List<string> Comparable(TableEntity row) =>
        [.. row.Where(p => p.Key is not "Timestamp" and not "odata.etag")
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value?.GetType().Name}:{Format(p.Value)}")];

    private static string? Format(object? value) => value switch
    {
        byte[] bytes => Convert.ToBase64String(bytes),
        BinaryData data => Convert.ToBase64String(data.ToArray()),
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset at => at.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static StoredPromptVerdict InPartition(string partition, StoredPromptVerdict verdict) =>
        verdict with { VerdictId = partition + verdict.VerdictId[2..] };
}
