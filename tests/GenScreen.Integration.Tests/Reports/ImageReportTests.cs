using Azure.Data.Tables;
using Azure.Storage.Queues;
using GenScreen.Core.Verdicts;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;
using GenScreen.Integration.Tests.Images;
using GenScreen.Storage.Images;
using GenScreen.Storage.Reports;
using Microsoft.Extensions.Time.Testing;

namespace GenScreen.Integration.Tests.Reports;

/// <summary>
/// An image blocked for <c>minors.sexual</c> (skimage's retina photograph, Porn ≈ 0.86, generated from a prompt about
/// a child: the same real case as CorrelationAndPoisonTests) queues exactly one report message, through the blob
/// pipeline under duplicate delivery and through the image API under a replayed request. Real model, real Azurite.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ImageReportTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);
    private const string ChildPrompt = """{"prompt":"a child at the eye doctor, close-up photo","policy":"mature"}""";

    [Fact]
    public async Task BlobPipeline_MinorsSexualBlockDeliveredTwice_OneMessageNoBytes_AdminSeesNeedsReport()
    {
        var queue = new ReportQueue(azurite.ConnectionString);
        var adminKey = RunningHost.NewKey();
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, queue.Settings(new() { ["Admin:ApiKey"] = adminKey }));
        using var prompt = await host.Host.PostJsonAsync(ChildPrompt);
        var promptId = (await JsonAssert.ReadAsync(prompt)).GetProperty("verdictId").GetString()!;
        var image = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "microaneurysms.png"));
        await host.UploadAsync("alone.png", image);
        await host.UploadAsync("from-prompt.png", image, new Dictionary<string, string> { [QuarantineMetadata.PromptVerdictId] = promptId });

        var alone = await host.Service.ScreenAsync(host.Incoming.Name, "alone.png", CancellationToken.None);
        var first = await host.Service.ScreenAsync(host.Incoming.Name, "from-prompt.png", CancellationToken.None);
        var duplicate = await host.Service.ScreenAsync(host.Incoming.Name, "from-prompt.png", CancellationToken.None);
        var messages = await queue.MessagesAsync();
        using var record = await host.Host.GetAsync($"api/moderation/image-verdicts/{first.ReceiptId}", new Dictionary<string, string> { ["GenScreen-Admin-Key"] = adminKey });
        var json = await JsonAssert.ReadAsync(record);

        Assert.Equal(Decision.Allow, alone.Decision);
        Assert.Equal(Decision.Block, first.Decision);
        Assert.Equal(BlobScreeningStatus.Gone, duplicate.Status); // moved to quarantine: the redelivery finds nothing to do
        var (text, message) = Assert.Single(messages);
        Assert.Equal(first.ReceiptId, message.VerdictId);
        Assert.Equal(ReportMessage.ImageKind, message.Kind);
        Assert.Equal(promptId, message.PromptVerdictId);
        Assert.Equal(first.QuarantineBlob, message.QuarantineBlob);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(image)), message.ContentSha256);
        Assert.True(text.Length < 2000, "ids and metadata only, never the image");
        Assert.True(json.GetProperty("needsReport").GetBoolean());
    }

    [Fact]
    public async Task ImageApi_MinorsSexualBlockReplayed_OneMessage_AllowedImageNone()
    {
        var queue = new ReportQueue(azurite.ConnectionString);
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, queue.Settings());
        using var prompt = await host.Host.PostJsonAsync(ChildPrompt);
        var promptId = (await JsonAssert.ReadAsync(prompt)).GetProperty("verdictId").GetString()!;
        var image = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "microaneurysms.png"));

        using var alone = await ImageEndpointClient.PostRawAsync(host.Host, image, "?purpose=generated&policy=mature");
        using var first = await ImageEndpointClient.PostRawAsync(host.Host, image, $"?purpose=generated&policy=mature&promptVerdictId={promptId}");
        using var replay = await ImageEndpointClient.PostRawAsync(host.Host, image, $"?purpose=generated&policy=mature&promptVerdictId={promptId}");
        var verdict = await JsonAssert.ReadAsync(first);

        Assert.Equal("allow", (await JsonAssert.ReadAsync(alone)).GetProperty("decision").GetString());
        Assert.Equal("block", verdict.GetProperty("decision").GetString());
        Assert.Equal("replayed", replay.Headers.GetValues("GenScreen-Storage").Single());
        var (_, message) = Assert.Single(await queue.MessagesAsync());
        Assert.Equal(verdict.GetProperty("verdictId").GetString(), message.VerdictId);
        Assert.Null(message.QuarantineBlob); // the API keeps no bytes
    }

    [Fact]
    public async Task Ledger_SameVerdictTwice_OneMessage_AndARowLeftUnsentIsSentOnce()
    {
        var queue = new ReportQueue(azurite.ConnectionString);
        var table = new TableClient(azurite.ConnectionString, queue.LedgerTable);
        var ledger = new ReportLedger(table, queue.Client, new FakeTimeProvider(DateTimeOffset.Parse("2026-11-30T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        var a = new ReportMessage(new string('a', 32), ReportMessage.ImageKind, ["minors.sexual"], "v1", DateTimeOffset.UnixEpoch);
        var b = a with { VerdictId = new string('b', 32) };

        var first = await ledger.EnsureQueuedAsync(a, CancellationToken.None);
        var second = await ledger.EnsureQueuedAsync(a, CancellationToken.None);
        // A crash between the ledger insert and the send leaves a row without QueuedAt: the next delivery sends.
        await table.AddEntityAsync(new TableEntity("bb", b.VerdictId) { ["Kind"] = "image" });
        var resumed = await ledger.EnsureQueuedAsync(b, CancellationToken.None);
        var resumedAgain = await ledger.EnsureQueuedAsync(b, CancellationToken.None);

        Assert.Equal(ReportQueueOutcome.Queued, first);
        Assert.Equal(ReportQueueOutcome.AlreadyQueued, second);
        Assert.Equal(ReportQueueOutcome.Queued, resumed);
        Assert.Equal(ReportQueueOutcome.AlreadyQueued, resumedAgain);
        var ids = (await queue.MessagesAsync()).Select(m => m.Message.VerdictId).Order().ToList();
        Assert.Equal([a.VerdictId, b.VerdictId], ids);
        Assert.Equal(DateTimeOffset.Parse("2026-11-30T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), (await ledger.GetAsync(a.VerdictId, CancellationToken.None))!.QueuedAt);
    }
}
