using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using GenScreen.Core.Configuration;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Images;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.Access;

/// <summary>
/// On real Azurite: a quarantined blob cannot be read anonymously, and blob names with path tricks (literal <c>%2F</c>
/// and <c>..</c>, control characters, a decomposed accent that looks like another name, a right-to-left override, a name
/// near the 1,024-character limit) are moved into the quarantine container under a hashed name that stays inside it,
/// with the original name kept in metadata; a plain name keeps its path.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class QuarantineAccessTests(AzuriteFixture azurite)
{
    public static TheoryData<string> TrickyNames() =>
    [
        "..%2F..%2Fescape.png",
        "a%2F..%2F..%2Fother-container%2Fx.png",
        "ctrl\u0001\u001Fname.png",
        "cafe\u0301.png",
        "invoice\u202Egnp.exe",
        "zero\u200Bwidth.png",
        "back\\slash.png",
        "dir/" + new string('x', 990) + ".png",
    ];

    [Theory]
    [MemberData(nameof(TrickyNames))]
    public async Task Move_TrickyName_StaysInsideQuarantineUnderAHashedName(string name)
    {
        var (mover, incoming, quarantine) = await SetUpAsync();
        var bytes = Encoding.UTF8.GetBytes("not really an image, the mover does not care");
        var source = incoming.GetBlobClient(name);
        var uploaded = await source.UploadAsync(new BinaryData(bytes));

        var result = await mover.MoveAsync(incoming.Name, name, uploaded.Value.ETag, uploaded.Value.VersionId, "receipt-1", Sha(bytes), bytes.Length, new Dictionary<string, string>(), CancellationToken.None);

        Assert.True(result.Moved);
        Assert.StartsWith($"{incoming.Name}/.unsafe-names/", result.QuarantineBlob, StringComparison.Ordinal);
        var copy = quarantine.GetBlobClient(result.QuarantineBlob);
        var props = await copy.GetPropertiesAsync();
        Assert.Equal(QuarantinePath.EncodeName(name), props.Value.Metadata[QuarantineMetadata.SourceName]);
        Assert.Equal(bytes, (await copy.DownloadContentAsync()).Value.Content.ToArray());
        Assert.False(await source.ExistsAsync());
        // Nothing was written anywhere but the quarantine container.
        var containers = new List<string>();
        await foreach (var c in new BlobServiceClient(azurite.ConnectionString).GetBlobContainersAsync())
        {
            containers.Add(c.Name);
        }

        Assert.DoesNotContain(containers, c => c is "other-container" or "escape.png");
    }

    [Fact]
    public async Task Move_PlainName_KeepsItsPath_AndAnonymousReadIsRefused()
    {
        var (mover, incoming, quarantine) = await SetUpAsync();
        var bytes = Encoding.UTF8.GetBytes("quarantined content");
        var name = "user-42/2026/img 01 é.png";
        var uploaded = await incoming.GetBlobClient(name).UploadAsync(new BinaryData(bytes));

        var result = await mover.MoveAsync(incoming.Name, name, uploaded.Value.ETag, uploaded.Value.VersionId, "receipt-2", Sha(bytes), bytes.Length, new Dictionary<string, string>(), CancellationToken.None);

        Assert.Equal($"{incoming.Name}/{name}", result.QuarantineBlob);
        var copy = quarantine.GetBlobClient(result.QuarantineBlob);
        Assert.True(await copy.ExistsAsync()); // readable with the account's credentials
        using var anonymous = new HttpClient();
        using var response = await anonymous.GetAsync(copy.Uri);
        Assert.False(response.IsSuccessStatusCode, $"anonymous GET {copy.Uri} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("quarantined content", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var access = await quarantine.GetAccessPolicyAsync();
        Assert.Equal(Azure.Storage.Blobs.Models.PublicAccessType.None, access.Value.BlobPublicAccess);
    }

    private async Task<(QuarantineMover Mover, BlobContainerClient Incoming, BlobContainerClient Quarantine)> SetUpAsync()
    {
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var incoming = blobs.GetBlobContainerClient("in-" + suffix);
        await incoming.CreateIfNotExistsAsync();
        var options = Options.Create(new ImageScreeningOptions { QuarantineContainer = "q-" + suffix });
        return (new QuarantineMover(blobs, options, NullLogger<QuarantineMover>.Instance), incoming, blobs.GetBlobContainerClient("q-" + suffix));
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
