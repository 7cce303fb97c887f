using Azure.Storage.Blobs.Models;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Verdicts;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;
using GenScreen.Integration.Tests.Images;
using GenScreen.Storage.HashBanks;
using GenScreen.Storage.Images;
using Microsoft.Extensions.DependencyInjection;

namespace GenScreen.Integration.Tests.Review;

/// <summary>
/// Issue 11, image actions end to end with the real model, a real photograph and real Azurite: a quarantined block is
/// listed with its correlated prompt and user, viewable only through the admin proxy; release puts the very bytes back
/// where they were uploaded (and the pipeline, seeing them again, allows them instead of quarantining them again),
/// writes version 2 keeping version 1, unbans the hash and audits; confirm banks the hash in the confirmed bank.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ReviewImageTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);
    private static readonly string AdminKey = RunningHost.NewKey();

    [Fact]
    public async Task Release_puts_the_image_back_unbans_its_hash_keeps_history_and_audits()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, ReviewClient.Settings(AdminKey));
        var client = new ReviewClient(host.Host, AdminKey);
        var (id, cat) = await QuarantineAsync(host, client, "jobs/7/out.png", "user-7");
        var store = host.Host.App.Services.GetRequiredService<HashBankStore>();
        Assert.Contains(await store.EntriesAsync(HashBank.Quarantined, CancellationToken.None).ToListAsync(), e => e.VerdictId == id);

        var listed = Assert.Single((await client.GetJsonAsync("api/review/items?kind=image")).GetProperty("items").EnumerateArray());
        Assert.Equal((id, "user-7", true), (listed.GetProperty("verdictId").GetString(), listed.GetProperty("userId").GetString(), listed.GetProperty("imageAvailable").GetBoolean()));
        Assert.Equal("nude photo of Scarlett Johansson", listed.GetProperty("prompt").GetProperty("prompt").GetString());
        Assert.Equal("Quarantined", listed.GetProperty("image").GetProperty("action").GetString());
        using (var image = await client.GetAsync(listed.GetProperty("imageUrl").GetString()!.TrimStart('/')))
        {
            Assert.Equal(cat, await image.Content.ReadAsByteArrayAsync());
            Assert.Equal("no-store", image.Headers.CacheControl?.ToString());
        }

        var released = await client.PostJsonAsync($"api/review/items/{id}/release", """{"reason":"the cat is not a person"}""");

        Assert.Equal($"{host.Incoming.Name}/jobs/7/out.png", released.GetProperty("releasedTo").GetString());
        Assert.False(released.GetProperty("legalHoldCleared").GetBoolean()); // Azurite has no immutability: handled, not an error
        Assert.True(released.GetProperty("hashRemoved").GetBoolean());
        var back = (await host.Incoming.GetBlobClient("jobs/7/out.png").DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(cat, back);
        Assert.False(await host.Quarantine.GetBlobClient(listed.GetProperty("image").GetProperty("quarantineBlob").GetString()).ExistsAsync());
        Assert.DoesNotContain(await store.EntriesAsync(HashBank.Quarantined, CancellationToken.None).ToListAsync(), e => e.VerdictId == id);

        var detail = await client.GetJsonAsync($"api/review/items/{id}");
        var item = detail.GetProperty("item");
        Assert.Equal(("released", 2, false), (item.GetProperty("status").GetString(), item.GetProperty("version").GetInt32(), item.GetProperty("imageAvailable").GetBoolean()));
        Assert.Equal(1, Assert.Single(detail.GetProperty("history").EnumerateArray()).GetProperty("version").GetInt32());
        var audit = Assert.Single(detail.GetProperty("audit").EnumerateArray());
        Assert.Equal(("release", ReviewClient.Operator), (audit.GetProperty("action").GetString(), audit.GetProperty("operator").GetString()));
        Assert.True(audit.GetProperty("before").GetProperty("imageInQuarantine").GetBoolean());
        Assert.False(audit.GetProperty("after").GetProperty("imageInQuarantine").GetBoolean());
        using var gone = await client.GetAsync($"api/review/items/{id}/image");
        await JsonAssert.ProblemAsync(gone, 404, "urn:genscreen:problem:not-found");

        // The trigger fires for the copy put back: the pipeline recognises the released bytes and tags them allowed.
        var rescreen = await host.Service.ScreenAsync(host.Incoming.Name, "jobs/7/out.png", CancellationToken.None);
        Assert.Equal((Decision.Allow, ImageAction.Tagged), (rescreen.Decision, rescreen.Action));
        Assert.True(await host.Incoming.GetBlobClient("jobs/7/out.png").ExistsAsync());
    }

    [Fact]
    public async Task Confirm_banks_the_hash_in_the_confirmed_block_bank_under_the_corrected_category()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, ReviewClient.Settings(AdminKey));
        var client = new ReviewClient(host.Host, AdminKey);
        var (id, _) = await QuarantineAsync(host, client, "jobs/8/out.png", "user-8");

        var confirmed = await client.PostJsonAsync($"api/review/items/{id}/confirm", """{"reason":"a real person, sexualised","category":"SexualRealPerson"}""");

        Assert.Equal("confirmed", confirmed.GetProperty("bankedIn").GetString());
        var store = host.Host.App.Services.GetRequiredService<HashBankStore>();
        var entry = Assert.Single(await store.EntriesAsync("confirmed", CancellationToken.None).ToListAsync());
        Assert.Equal((id, HarmCategory.SexualRealPerson), (entry.VerdictId, entry.Category));
        Assert.Equal(HashBankKind.Block, (await store.GetAsync("confirmed", CancellationToken.None))!.Kind);
        var item = confirmed.GetProperty("item");
        Assert.Equal(("confirmed", true), (item.GetProperty("status").GetString(), item.GetProperty("imageAvailable").GetBoolean()));
        using var release = await client.PostAsync($"api/review/items/{id}/release", """{"reason":"no"}""");
        await JsonAssert.ProblemAsync(release, 409, "urn:genscreen:problem:review-conflict");
    }

    /// <summary>A benign photo blocked through its prompt (a sexualised real person), quarantined by the pipeline.</summary>
    private static async Task<(string Id, byte[] Bytes)> QuarantineAsync(ImageHost host, ReviewClient client, string name, string user)
    {
        var cat = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        var promptId = await client.ScreenAsync("nude photo of Scarlett Johansson", userId: user, policy: "mature");
        await host.Incoming.GetBlobClient(name).UploadAsync(new BinaryData(cat), new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [QuarantineMetadata.PromptVerdictId] = promptId },
            HttpHeaders = new BlobHttpHeaders { ContentType = "image/png" },
        });
        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, name, CancellationToken.None);
        Assert.Equal((Decision.Block, ImageAction.Quarantined), (outcome.Decision, outcome.Action));
        return (outcome.ReceiptId!, cat);
    }
}
