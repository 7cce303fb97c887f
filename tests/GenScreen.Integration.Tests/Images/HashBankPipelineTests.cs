using Azure.Data.Tables;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Decoding;
using GenScreen.Images.Hashing;
using GenScreen.Images.Pipeline;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;
using GenScreen.Storage.HashBanks;
using GenScreen.Storage.Images;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// Known-image banks end to end on real Azurite with the real model and real photographs (skimage): a quarantined
/// block is banked and its edited re-upload under another name is blocked by the bank although the classifier
/// allows it; releasing the verdict unbans it; a bank written by someone else is picked up by the running host.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class HashBankPipelineTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Quarantined_block_is_banked_and_an_edited_reupload_is_blocked_until_released()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);
        var cat = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "chelsea.png"));
        // The first block comes from the prompt (a sexualised real person: blocked under every policy); the cat itself is benign.
        using var prompt = await host.Host.PostJsonAsync("""{"prompt":"nude photo of Scarlett Johansson","policy":"mature"}""");
        var promptJson = await JsonAssert.ReadAsync(prompt);
        Assert.Equal("block", promptJson.GetProperty("decision").GetString());
        await host.UploadAsync("jobs/1/out.png", cat, new Dictionary<string, string> { [QuarantineMetadata.PromptVerdictId] = promptJson.GetProperty("verdictId").GetString()! });

        var first = await host.Service.ScreenAsync(host.Incoming.Name, "jobs/1/out.png", CancellationToken.None);

        Assert.Equal((Decision.Block, ImageAction.Quarantined), (first.Decision, first.Action));
        var store = host.Host.App.Services.GetRequiredService<HashBankStore>();
        // Its hash and its crop entries, all under its verdict.
        var banked = await store.EntriesAsync(HashBank.Quarantined, CancellationToken.None).ToListAsync();
        Assert.All(banked, e => Assert.Equal(first.ReceiptId, e.VerdictId));
        Assert.Equal(HashOf(cat), Assert.Single(banked, e => e.Source != QuarantineBanker.CropSource).Hash);
        Assert.InRange(banked.Count(e => e.Source == QuarantineBanker.CropSource), 20, 27);

        // Re-uploaded under another name, halved, mirrored and re-encoded as JPEG 70, with no prompt at all.
        var edited = EditedCopy(cat);
        await host.UploadAsync("other-user/holiday.jpg", edited);
        var again = await host.Service.ScreenAsync(host.Incoming.Name, "other-user/holiday.jpg", CancellationToken.None);

        Assert.Equal((Decision.Block, ImageAction.Quarantined), (again.Decision, again.Action));
        var row = (await host.VerdictRowsAsync()).Single(r => r.GetString("BlobName") == "other-user/holiday.jpg");
        var match = MatchReason(row);
        Assert.Contains($"verdict {first.ReceiptId}", match, StringComparison.Ordinal);
        Assert.Contains("as FlipHorizontal", match, StringComparison.Ordinal);
        // The first verdict had no category above 0 (the prompt decided it), so the bank's own category applies.
        Assert.Equal(6, CategorySeverity(row, "Sexual"));

        // Cropped by 4 % at the bottom-right corner (between the banked 3 and 5 % trims) and re-encoded: PDQ alone moves
        // by more than 31 bits on such a crop; the crop entries catch it.
        var cropped = CroppedCopy(cat, 0.04);
        Assert.True(HashOf(cropped).DistanceTo(HashOf(cat)) > HashBank.DefaultMaxDistance);
        await host.UploadAsync("third-user/crop.jpg", cropped);
        var croppedVerdict = await host.Service.ScreenAsync(host.Incoming.Name, "third-user/crop.jpg", CancellationToken.None);
        Assert.Equal(Decision.Block, croppedVerdict.Decision);
        Assert.Contains($"verdict {first.ReceiptId}", MatchReason((await host.VerdictRowsAsync()).Single(r => r.GetString("BlobName") == "third-user/crop.jpg")), StringComparison.Ordinal);

        // Blocked by the bank, they are not banked again: releasing the original releases its edited copies too.
        Assert.Equal(banked.Count, (await store.EntriesAsync(HashBank.Quarantined, CancellationToken.None).ToListAsync()).Count);

        // An unrelated photo is not touched by the bank.
        await host.UploadAsync("other-user/coffee.png", await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "coffee.png")));
        Assert.Equal(Decision.Allow, (await host.Service.ScreenAsync(host.Incoming.Name, "other-user/coffee.png", CancellationToken.None)).Decision);

        // Released from quarantine (the review workflow's call): the same edited copy is allowed again.
        var banker = host.Host.App.Services.GetRequiredService<QuarantineBanker>();
        Assert.True(await banker.ReleaseAsync(first.ReceiptId!, CancellationToken.None));
        Assert.DoesNotContain(await store.EntriesAsync(HashBank.Quarantined, CancellationToken.None).ToListAsync(), e => e.VerdictId == first.ReceiptId);
        await host.UploadAsync("other-user/holiday-2.jpg", edited);
        Assert.Equal(Decision.Allow, (await host.Service.ScreenAsync(host.Incoming.Name, "other-user/holiday-2.jpg", CancellationToken.None)).Decision);
        await host.UploadAsync("third-user/crop-2.jpg", cropped);
        Assert.Equal(Decision.Allow, (await host.Service.ScreenAsync(host.Incoming.Name, "third-user/crop-2.jpg", CancellationToken.None)).Decision);
    }

    [Fact]
    public async Task A_bank_changed_by_another_writer_is_picked_up_by_the_running_host()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, new Dictionary<string, string?> { ["HashBanks:RefreshInterval"] = "00:00:01" });
        var coffee = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "coffee.png"));
        var cache = host.Host.App.Services.GetRequiredService<HashBankCache>();
        await host.UploadAsync("before.png", coffee);
        Assert.Equal(Decision.Allow, (await host.Service.ScreenAsync(host.Incoming.Name, "before.png", CancellationToken.None)).Decision);

        // Another process (the CLI, another instance) creates a bank and imports the picture's hash.
        var options = host.Host.App.Services.GetRequiredService<IOptions<HashBankOptions>>();
        var writer = new HashBankStore(new TableServiceClient(azurite.ConnectionString), new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString), options);
        await writer.CreateAsync(new HashBank("partner-list", HashBankKind.Block, HarmCategory.Violence, 31, 0), CancellationToken.None);
        await writer.AddAsync("partner-list", [new HashBankEntry(HashOf(coffee), Label: "case 9", Source: "partner")], null, CancellationToken.None);

        await Eventually.GetAsync(() => Task.FromResult(cache.Current.Find("partner-list") is { Count: 1 } ? "loaded" : null), "the host reloading the changed bank");
        await host.UploadAsync("after.png", coffee);
        var after = await host.Service.ScreenAsync(host.Incoming.Name, "after.png", CancellationToken.None);

        Assert.Equal(Decision.Block, after.Decision);
        var row = (await host.VerdictRowsAsync()).Single(r => r.GetString("BlobName") == "after.png");
        var match = MatchReason(row);
        Assert.Contains("block bank 'partner-list'", match, StringComparison.Ordinal);
        Assert.Contains("label 'case 9'", match, StringComparison.Ordinal);
        Assert.Equal(6, CategorySeverity(row, "Violence"));
    }

    private static PdqHash HashOf(byte[] image)
    {
        var frame = SafeImageDecoder.Decode(image, null, null, new ImageDecodeLimits(), CancellationToken.None).Frames[0];
        return PdqHasher.Hash(frame.Rgb.Span, frame.Width, frame.Height).Hash;
    }

    /// <summary>The message of the verdict row's <c>hash.match</c> reason.</summary>
    private static string MatchReason(TableEntity row)
    {
        using var json = System.Text.Json.JsonDocument.Parse(row.GetString("Reasons")!);
        return json.RootElement.EnumerateArray().Single(r => r.GetProperty("code").GetString() == HashBankRules.Match).GetProperty("message").GetString()!;
    }

    private static int CategorySeverity(TableEntity row, string category)
    {
        using var json = System.Text.Json.JsonDocument.Parse(row.GetString("Categories")!);
        var text = json.RootElement.ToString();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            if (item.GetProperty("category").GetString() == category)
            {
                return item.GetProperty("severity").GetInt32();
            }
        }

        throw new InvalidOperationException($"No {category} in {text}");
    }

    /// <summary>The picture without <paramref name="share"/> of its width and height at the bottom-right corner, JPEG quality 70.</summary>
    private static byte[] CroppedCopy(byte[] png, double share)
    {
        var frame = SafeImageDecoder.Decode(png, null, null, new ImageDecodeLimits(), CancellationToken.None).Frames[0];
        using var source = FrameBitmap.ToBitmap(frame);
        using var cropped = new SKBitmap((int)(source.Width * (1 - share)), (int)(source.Height * (1 - share)), SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(cropped))
        {
            canvas.DrawBitmap(source, 0, 0);
        }

        using var data = cropped.Encode(SKEncodedImageFormat.Jpeg, 70);
        return data.ToArray();
    }

    /// <summary>Half size, mirrored left to right, JPEG quality 70.</summary>
    private static byte[] EditedCopy(byte[] png)
    {
        var frame = SafeImageDecoder.Decode(png, null, null, new ImageDecodeLimits(), CancellationToken.None).Frames[0];
        using var source = FrameBitmap.ToBitmap(frame);
        using var half = FrameBitmap.Scale(source, source.Width / 2, source.Height / 2);
        using var flipped = new SKBitmap(half.Width, half.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(flipped))
        {
            canvas.Scale(-1, 1, half.Width / 2f, 0);
            canvas.DrawBitmap(half, 0, 0);
        }

        using var data = flipped.Encode(SKEncodedImageFormat.Jpeg, 70);
        return data.ToArray();
    }
}
