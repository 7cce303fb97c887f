using System.Text.Json;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Images.Tests.Nsfw;
using GenScreen.LocalDev;

namespace GenScreen.Cli.Tests.Images;

/// <summary>
/// <c>screen image &lt;folder&gt;</c> decides by content: a real photograph gets a verdict whatever it is called (.png, .txt,
/// no extension, hidden, in a subfolder); text called .png, an empty file and a dangling link are listed as skipped with
/// their reason; every file of the folder appears exactly once.
/// </summary>
public sealed class ScreenImageFolderTests : IDisposable
{
    private static readonly Dictionary<string, string?> Light = new()
    {
        // The first stage alone and no faces: this test is about which files are screened, not about the models.
        ["ImageScreening:SecondStage"] = "false",
        ["Faces:Enabled"] = "false",
    };

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ScreenImage_Folder_EveryFileGetsAVerdictOrASkipReason_DecidedByContent()
    {
        var cat = File.ReadAllBytes(Path.Combine(SkimageSamples.EnsureCached(RepositoryRoot.Find()), "chelsea.png"));
        var rocket = File.ReadAllBytes(Path.Combine(SkimageSamples.EnsureCached(RepositoryRoot.Find()), "rocket.jpg"));
        Directory.CreateDirectory(Path.Combine(_files.Folder, "sub"));
        _files.WriteBytes("cat.png", cat);
        _files.WriteBytes("cat-named.txt", cat);
        _files.WriteBytes("rocket", rocket);
        _files.WriteBytes(".hidden", rocket);
        _files.WriteBytes(Path.Combine("sub", "rocket.gif"), rocket);
        _files.Write("notes.png", "<html><body>not a picture</body></html>");
        _files.WriteBytes("empty.jpg", []);
        _files.WriteBytes("cut.png", cat.AsSpan(0, 5).ToArray());
        File.CreateSymbolicLink(Path.Combine(_files.Folder, "gone.jpg"), Path.Combine(_files.Folder, "missing-target.jpg"));

        var run = await CliRun.InvokeAsync(["screen", "image", _files.Folder, "--json"], settings: Light);

        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => Path.GetRelativePath(_files.Folder, e.GetProperty("file").GetString()!));
        // ToDictionary throws on a file listed twice; this checks none is missing.
        string[] expected = ["cat-named.txt", "cat.png", "cut.png", "empty.jpg", "gone.jpg", "notes.png", "rocket", ".hidden", Path.Combine("sub", "rocket.gif")];
        Assert.Equal(expected.Order(StringComparer.Ordinal), lines.Keys.Order(StringComparer.Ordinal));
        foreach (var screened in new[] { "cat.png", "cat-named.txt", "rocket", ".hidden", Path.Combine("sub", "rocket.gif") })
        {
            Assert.Equal("allow", lines[screened].GetProperty("decision").GetString());
        }

        // A file cut inside its PNG signature is an image by content: it gets a verdict (blocked, unscreened), not a skip.
        Assert.Equal("block", lines["cut.png"].GetProperty("decision").GetString());
        Assert.StartsWith("not an image by content: not a PNG, JPEG, GIF or WebP file; the bytes look like text", lines["notes.png"].GetProperty("skipped").GetString(), StringComparison.Ordinal);
        Assert.Equal("empty (0 bytes)", lines["empty.jpg"].GetProperty("skipped").GetString());
        Assert.StartsWith("unreadable: ", lines["gone.jpg"].GetProperty("skipped").GetString(), StringComparison.Ordinal);
        Assert.Contains("3 of 9 file(s) skipped", run.Error, StringComparison.Ordinal);
        Assert.Equal(20, run.ExitCode); // the cut PNG is blocked
    }

    [Fact]
    public async Task ScreenImage_AllImagesAllowedButOneFileSkipped_ExitsReviewNotAllow()
    {
        var rocket = File.ReadAllBytes(Path.Combine(SkimageSamples.EnsureCached(RepositoryRoot.Find()), "rocket.jpg"));
        _files.WriteBytes("rocket.jpg", rocket);
        _files.Write("README", "a folder of generated images");

        var run = await CliRun.InvokeAsync(["screen", "image", _files.Folder, "--json"], settings: Light);

        Assert.Equal(10, run.ExitCode);
        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => Path.GetFileName(e.GetProperty("file").GetString()!));
        Assert.Equal("allow", lines["rocket.jpg"].GetProperty("decision").GetString());
        Assert.StartsWith("not an image by content", lines["README"].GetProperty("skipped").GetString(), StringComparison.Ordinal);
        Assert.Contains("1 of 2 file(s) skipped", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenImage_OnlyImages_ExitsAllow()
    {
        var rocket = File.ReadAllBytes(Path.Combine(SkimageSamples.EnsureCached(RepositoryRoot.Find()), "rocket.jpg"));
        _files.WriteBytes("rocket.jpg", rocket);

        var run = await CliRun.InvokeAsync(["screen", "image", _files.Folder], settings: Light);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
    }
}
