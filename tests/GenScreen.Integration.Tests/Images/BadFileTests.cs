using System.Buffers.Binary;
using System.IO.Compression;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Images;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// Files that cannot be screened never crash or hang the worker, and never look approved: each gets a verdict with
/// its reason and is quarantined. (A zero-byte blob is not one of them: it awaits its content, see DeliveryTests.)
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class BadFileTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "truncated-png", "truncated" },
        { "corrupt-png", "corrupt" },
        { "html-named-png", "unsupported-format" },
        { "bomb-png", "too-many-pixels" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ScreenAsync_BadFile_BlockedWithReasonAndQuarantined(string kind, string reason)
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);
        var bytes = await MakeAsync(kind);
        await host.UploadAsync($"bad/{kind}.png", bytes);

        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, $"bad/{kind}.png", CancellationToken.None);

        Assert.Equal(ImageAction.Quarantined, outcome.Action);
        Assert.Equal(GenScreen.Core.Verdicts.Decision.Block, outcome.Decision);
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Contains("image.unscreenable", row.GetString("Reasons"), StringComparison.Ordinal);
        Assert.Contains($"\"term\":\"{reason}\"", row.GetString("Reasons"), StringComparison.Ordinal);
        var copy = host.Quarantine.GetBlobClient($"{host.Incoming.Name}/bad/{kind}.png");
        Assert.Equal(bytes, (await copy.DownloadContentAsync()).Value.Content.ToArray());
        Assert.False(await host.Incoming.GetBlobClient($"bad/{kind}.png").ExistsAsync());
    }

    [Fact]
    public async Task ScreenAsync_BlobOverMaxBytes_QuarantinedUnscreened()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, new Dictionary<string, string?> { ["ImageScreening:MaxBytes"] = "1000" });
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "coffee.png"));
        await host.UploadAsync("big.png", photo);

        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, "big.png", CancellationToken.None);

        Assert.Equal(ImageAction.Quarantined, outcome.Action);
        var row = Assert.Single(await host.VerdictRowsAsync());
        Assert.Contains("too-large-bytes", row.GetString("Reasons"), StringComparison.Ordinal);
        Assert.Equal(BlobPipelineTests.Sha256(photo), row.GetString("ContentSha256"));
    }

    private static async Task<byte[]> MakeAsync(string kind)
    {
        var photo = await File.ReadAllBytesAsync(Path.Combine(ImageHost.Samples, "coffee.png"));
        return kind switch
        {
            "truncated-png" => photo[..(photo.Length / 2)],
            "corrupt-png" => [.. photo[..8], .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 251))],
            "html-named-png" => "<html><body>not an image</body></html>"u8.ToArray(),
            "bomb-png" => Bomb(10_000, 10_000),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>A valid PNG header declaring 10000x10000 pixels (100 MP) with a tiny compressed body: a decompression bomb.</summary>
    private static byte[] Bomb(int width, int height)
    {
        using var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        Chunk(ms, "IHDR", ihdr);
        using (var z = new MemoryStream())
        {
            using (var deflate = new ZLibStream(z, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                deflate.Write(new byte[1 << 20]);
            }

            Chunk(ms, "IDAT", z.ToArray());
        }

        Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        Span<byte> len = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(len, data.Length);
        s.Write(len);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(len, Crc32([.. typeBytes, .. data]));
        s.Write(len);
    }

    /// <summary>PNG's CRC-32 (so the bomb is a well-formed file, refused for its size, not for a bad checksum).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
