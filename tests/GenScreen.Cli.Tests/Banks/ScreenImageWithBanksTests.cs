using System.Text.Json;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Images.Decoding;
using GenScreen.Images.Hashing;
using GenScreen.Images.Pipeline;
using GenScreen.Images.Tests.Nsfw;
using GenScreen.LocalDev;
using SkiaSharp;

namespace GenScreen.Cli.Tests.Banks;

/// <summary>
/// <c>screen image &lt;folder&gt; --banks</c> matches against the banks in storage (real Azurite): a mirrored JPEG copy
/// of a banked photo, under another name, is blocked with <c>hash.match</c> naming the bank, although the classifier
/// allows it (the same folder screened without <c>--banks</c> is allowed); an unrelated photo is allowed.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ScreenImageWithBanksTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TempFiles _files = new();

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["GenScreenStorage"] = azurite.ConnectionString,
        ["HashBanks:BankTable"] = AzuriteFixture.UniqueTableName("Banks"),
        ["HashBanks:EntryTable"] = AzuriteFixture.UniqueTableName("Entries"),
        ["HashBanks:SnapshotContainer"] = AzuriteFixture.UniqueTableName("snapshots").ToLowerInvariant(),
        ["ImageScreening:SecondStage"] = "false",
        ["Faces:Enabled"] = "false",
    };

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_copy_of_a_banked_photo_is_blocked_only_when_the_banks_are_asked_for()
    {
        var samples = SkimageSamples.EnsureCached(RepositoryRoot.Find());
        var cat = File.ReadAllBytes(Path.Combine(samples, "chelsea.png"));
        var frame = SafeImageDecoder.Decode(cat, null, null, new ImageDecodeLimits(), CancellationToken.None).Frames[0];
        var hash = PdqHasher.Hash(frame.Rgb.Span, frame.Width, frame.Height).Hash.ToString();
        Assert.Equal(0, (await CliRun.InvokeAsync(["banks", "create", "known-cats", "--kind", "block", "--category", "Violence"], settings: _settings)).ExitCode);
        Assert.Equal(0, (await CliRun.InvokeAsync(["banks", "add", "known-cats", hash, "--label", "case 12"], settings: _settings)).ExitCode);
        _files.WriteBytes("holiday.jpg", MirroredJpeg(frame));
        _files.WriteBytes("coffee.png", File.ReadAllBytes(Path.Combine(samples, "coffee.png")));

        var withBanks = await CliRun.InvokeAsync(["screen", "image", _files.Folder, "--banks", "--json"], settings: _settings);
        var without = await CliRun.InvokeAsync(["screen", "image", _files.Folder, "--json"], settings: _settings);

        Assert.True(withBanks.ExitCode == 20, withBanks.Out + withBanks.Error);
        var lines = Lines(withBanks);
        Assert.Equal("block", lines["holiday.jpg"].GetProperty("decision").GetString());
        var text = lines["holiday.jpg"].ToString();
        Assert.Contains("hash.match", text, StringComparison.Ordinal);
        Assert.Contains("known-cats", text, StringComparison.Ordinal);
        Assert.Contains("case 12", text, StringComparison.Ordinal);
        Assert.Equal("allow", lines["coffee.png"].GetProperty("decision").GetString());
        Assert.Equal(0, without.ExitCode);
        Assert.All(Lines(without).Values, l => Assert.Equal("allow", l.GetProperty("decision").GetString()));
    }

    private static Dictionary<string, JsonElement> Lines(CliRun run) =>
        run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => Path.GetFileName(e.GetProperty("file").GetString()!));

    private static byte[] MirroredJpeg(DecodedFrame frame)
    {
        using var source = FrameBitmap.ToBitmap(frame);
        using var flipped = new SKBitmap(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(flipped))
        {
            canvas.Scale(-1, 1, source.Width / 2f, 0);
            canvas.DrawBitmap(source, 0, 0);
        }

        using var data = flipped.Encode(SKEncodedImageFormat.Jpeg, 70);
        return data.ToArray();
    }
}
