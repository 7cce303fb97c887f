using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Cli.Tests.Rescreen;
using GenScreen.Core.Configuration;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Tests.Nsfw;
using GenScreen.LocalDev;
using GenScreen.Storage.Images;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenScreen.Cli.Tests.Operators;

/// <summary>
/// <c>genscreen export</c> on real Azurite: the package's files, a manifest whose SHA-256s match what is on disk, the
/// image (a real skimage photo in a quarantine container) only with <c>--include-image</c>; bad ids refused.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ExportCommandTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-30T12:00:00Z", CultureInfo.InvariantCulture);
    private readonly TempFiles _out = new();
    private readonly VerdictTables _tables = new(azurite.ConnectionString);
    private readonly string _imageTable = AzuriteFixture.UniqueTableName("I");
    private readonly string _quarantine = "q-" + Guid.NewGuid().ToString("N")[..12];

    public void Dispose() => _out.Dispose();

    private Dictionary<string, string?> Settings => new()
    {
        ["GenScreenStorage"] = azurite.ConnectionString,
        ["VerdictStore:TableName"] = _tables.Verdicts,
        ["ImageScreening:VerdictTable"] = _imageTable,
        ["ImageScreening:QuarantineContainer"] = _quarantine,
        ["Reports:LedgerTable"] = AzuriteFixture.UniqueTableName("R"),
    };

    private Task<CliRun> ExportAsync(params string[] args) =>
        CliRun.InvokeAsync(["export", .. args, "--history-table", _tables.HistoryName], settings: Settings, time: new FakeTimeProvider(Now));

    [Fact]
    public async Task Export_PromptVerdict_AllSectionsAndAManifestThatMatchesTheFiles()
    {
        var id = await _tables.SaveAsync("little girl, nude", "mature");
        var stored = await _tables.GetAsync(id);
        await _tables.History.EnsureCreatedAsync(CancellationToken.None);
        await _tables.History.ArchiveAsync(stored with { Verdict = stored.Verdict with { PolicyVersion = "2026.10.1" } }, stored.Verdict.PolicyVersion, Now, CancellationToken.None);

        var run = await ExportAsync(id, "--out", _out.Folder);
        var package = Path.Combine(_out.Folder, $"evidence-{id}");

        Assert.True(run.ExitCode == 0, run.Error);
        AssertManifestMatches(package);
        Assert.Equal(
            ["audit.json", "hashes.json", "history.json", "manifest.json", "prompt.json", "summary.json", "verdict.json"],
            Directory.GetFiles(package, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        using var summary = Json(package, "summary.json");
        Assert.Equal("prompt", summary.RootElement.GetProperty("kind").GetString());
        Assert.True(summary.RootElement.GetProperty("reportable").GetBoolean());
        Assert.True(summary.RootElement.GetProperty("needsReport").GetBoolean());
        Assert.Equal("user-1", summary.RootElement.GetProperty("userId").GetString());
        Assert.Equal("2026-11-30T12:00:00+00:00", summary.RootElement.GetProperty("exportedAt").GetString());
        using var prompt = Json(package, "prompt.json");
        Assert.Equal("little girl, nude", prompt.RootElement.GetProperty("prompt").GetString());
        using var hashes = Json(package, "hashes.json");
        Assert.Equal(stored.PromptSha256, hashes.RootElement.GetProperty("promptSha256").GetString());
        using var history = Json(package, "history.json");
        Assert.Equal("2026.10.1", Assert.Single(history.RootElement.GetProperty("versions").EnumerateArray()).GetProperty("verdict").GetProperty("policyVersion").GetString());
        using var audit = Json(package, "audit.json");
        Assert.False(audit.RootElement.GetProperty("available").GetBoolean());
        Assert.Contains("NO AUDIT TRAIL AVAILABLE", audit.RootElement.GetProperty("note").GetString(), StringComparison.Ordinal);
        using var verdict = Json(package, "verdict.json");
        Assert.Equal(id, verdict.RootElement.GetProperty("verdictId").GetString());
        Assert.Equal("block", verdict.RootElement.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Export_ImageVerdict_ImageOnlyWithTheFlag_AndItIsTheScreenedBytes()
    {
        var photo = await File.ReadAllBytesAsync(Path.Combine(SkimageSamples.EnsureCached(RepositoryRoot.Find()), "microaneurysms.png"));
        var sha = Convert.ToHexStringLower(SHA256.HashData(photo));
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(_quarantine);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("in/user-7/eye.png").UploadAsync(new BinaryData(photo));
        var promptId = await _tables.SaveAsync("a child at the eye doctor, close-up photo", "mature");
        var id = VerdictIds.NewRandom();
        var pdq = new PdqHash(1, 2, 3, 4);
        var verdict = new ImageVerdict(Decision.Block, "mature", "v1", [new CategorySeverity(HarmCategory.SexualMinors, 7)], [new VerdictReason("minors.sexual", "test")]);
        var facts = new ImageFacts(sha, photo.Length, 10, 10, "png", 1, 1, false, null, 0, 0) { Pdq = new ImagePdq(pdq, 90, 0) };
        var images = new ImageVerdictStore(_tables.Service, Options.Create(new ImageScreeningOptions { VerdictTable = _imageTable }));
        await images.TryAddAsync(new ImageVerdictRecord(id, "in", "user-7/eye.png", "v", verdict, facts, promptId, ImageAction.Quarantined, 1, Now, 42, "in/user-7/eye.png"), CancellationToken.None);

        var without = await ExportAsync(id, "--out", Path.Combine(_out.Folder, "a"));
        var with = await ExportAsync(id, "--out", Path.Combine(_out.Folder, "b"), "--include-image");
        var a = Path.Combine(_out.Folder, "a", $"evidence-{id}");
        var b = Path.Combine(_out.Folder, "b", $"evidence-{id}");

        Assert.True(without.ExitCode == 0, without.Error);
        Assert.True(with.ExitCode == 0, with.Error);
        Assert.False(Directory.Exists(Path.Combine(a, "image")));
        Assert.Equal(photo, await File.ReadAllBytesAsync(Path.Combine(b, "image", "eye.png")));
        AssertManifestMatches(a);
        AssertManifestMatches(b);
        using var hashes = Json(a, "hashes.json");
        Assert.Equal(sha, hashes.RootElement.GetProperty("imageSha256").GetString());
        Assert.Equal(pdq.ToString(), hashes.RootElement.GetProperty("pdq").GetProperty("hash").GetString());
        Assert.True(File.Exists(Path.Combine(a, "prompt-verdict.json")));
        using var prompt = Json(a, "prompt.json");
        Assert.Equal(promptId, prompt.RootElement.GetProperty("verdictId").GetString());
        using var summary = Json(b, "summary.json");
        Assert.True(summary.RootElement.GetProperty("imageIncluded").GetBoolean());
        Assert.Equal("image", summary.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Export_BadInput_ExitCode1AndNothingWritten()
    {
        var id = await _tables.SaveAsync("little girl, nude", "mature");

        var unknown = await ExportAsync(new string('e', 32), "--out", _out.Folder);
        var malformed = await ExportAsync("not-a-verdict", "--out", _out.Folder);
        var first = await ExportAsync(id, "--out", _out.Folder);
        var again = await ExportAsync(id, "--out", _out.Folder);
        var imageOfPrompt = await ExportAsync(id, "--out", Path.Combine(_out.Folder, "img"), "--include-image");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No prompt or image verdict", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(1, malformed.ExitCode);
        Assert.Contains("not a verdict id", malformed.Error, StringComparison.Ordinal);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("never overwritten", again.Error, StringComparison.Ordinal);
        Assert.Equal(2, imageOfPrompt.ExitCode);
        Assert.Equal([$"evidence-{id}", "img"], Directory.GetDirectories(_out.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Every file but the manifest is listed once, with the SHA-256 and size it has on disk.</summary>
    private static void AssertManifestMatches(string package)
    {
        using var manifest = Json(package, "manifest.json");
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => (f.GetProperty("sha256").GetString(), f.GetProperty("bytes").GetInt64()));
        var onDisk = Directory.GetFiles(package, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(package, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => p != "manifest.json")
            .ToList();
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));
        foreach (var path in onDisk)
        {
            var bytes = File.ReadAllBytes(Path.Combine(package, path));
            Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(bytes)), (long)bytes.Length), listed[path]);
        }
    }

    private static JsonDocument Json(string package, string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(package, name)));
}
