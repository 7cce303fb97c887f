using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Images.Tests.Nsfw;
using SkiaSharp;

namespace GenScreen.Cli.Tests.People;

/// <summary>
/// <c>genscreen people enroll|list|remove</c> in-process against a real Azurite, with the real face models, on crops of
/// face-api's demo photos (one face each) and a skimage photo without faces.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class PeopleCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TempFiles _files = new();
    private readonly string _root = GenScreen.LocalDev.RepositoryRoot.TryFind()!;
    private readonly string _table = "People" + Guid.NewGuid().ToString("N")[..12];

    public void Dispose() => _files.Dispose();

    private Dictionary<string, string?> Settings(string? operatorId = null)
    {
        var settings = new Dictionary<string, string?> { ["GenScreenStorage"] = azurite.ConnectionString, ["People:TableName"] = _table };
        if (operatorId is not null)
        {
            settings["GENSCREEN_OPERATOR"] = operatorId;
        }

        return settings;
    }

    /// <summary>A JPEG of one region of a demo photo.</summary>
    private string Crop(string sample, int x, int y, int width, int height)
    {
        using var photo = SKBitmap.Decode(Path.Combine(_root, "node_modules", "@vladmandic", "face-api", "demo", sample + ".jpg"));
        using var crop = new SKBitmap();
        Assert.True(photo.ExtractSubset(crop, SKRectI.Create(x, y, width, height)));
        using var data = crop.Encode(SKEncodedImageFormat.Jpeg, 92);
        return _files.WriteBytes($"{sample}-{x}.jpg", data.ToArray());
    }

    [Fact]
    public async Task EnrollListRemove_RoundTrip()
    {
        var reference = Crop("sample3", 880, 100, 540, 620);

        var enrolled = await CliRun.InvokeAsync(["people", "enroll", "--name", "Renata Vollmerhaus", "--alias", "Ren Vollmer", "--by", "ops-alice", reference], settings: Settings());
        Assert.True(enrolled.ExitCode == 0, enrolled.Out + enrolled.Error);
        var id = enrolled.Out.Split(' ')[1];
        Assert.Matches("^[0-9a-f]{32}$", id);

        var listed = await CliRun.InvokeAsync(["people", "list"], settings: Settings());
        Assert.True(listed.ExitCode == 0, listed.Error);
        Assert.Contains($"{id}  Renata Vollmerhaus (also: Ren Vollmer)  1 descriptor(s)  enrolled by ops-alice at ", listed.Out, StringComparison.Ordinal);
        Assert.Contains("1 enrolled.", listed.Out, StringComparison.Ordinal);

        var removed = await CliRun.InvokeAsync(["people", "remove", id], settings: Settings());
        var again = await CliRun.InvokeAsync(["people", "remove", id], settings: Settings());
        var empty = await CliRun.InvokeAsync(["people", "list"], settings: Settings());

        Assert.True(removed.ExitCode == 0, removed.Error);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"No enrolled person has id '{id}'", again.Error, StringComparison.Ordinal);
        Assert.Contains("0 enrolled.", empty.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enroll_OperatorFromEnvironment_Recorded()
    {
        var reference = Crop("sample1", 1300, 80, 560, 560);

        var enrolled = await CliRun.InvokeAsync(["people", "enroll", "--name", "Tamsin Orrow", reference], settings: Settings(operatorId: "ops-bob"));
        var listed = await CliRun.InvokeAsync(["people", "list"], settings: Settings());

        Assert.True(enrolled.ExitCode == 0, enrolled.Out + enrolled.Error);
        Assert.Contains("Tamsin Orrow  1 descriptor(s)  enrolled by ops-bob at ", listed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enroll_WithoutOperator_RefusedWithAClearError()
    {
        var run = await CliRun.InvokeAsync(["people", "enroll", "--name", "Renata Vollmerhaus", Crop("sample3", 880, 100, 540, 620)], settings: Settings());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pass --by <operator id> or set GENSCREEN_OPERATOR", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enroll_NoFaceOrSeveralFaces_RefusedAndNothingStored()
    {
        var coffee = Path.Combine(SkimageSamples.EnsureCached(_root), "coffee.png");
        var group = Path.Combine(_root, "node_modules", "@vladmandic", "face-api", "demo", "sample4.jpg");

        var noFace = await CliRun.InvokeAsync(["people", "enroll", "--name", "Renata Vollmerhaus", "--by", "ops-alice", coffee], settings: Settings());
        var several = await CliRun.InvokeAsync(["people", "enroll", "--name", "Renata Vollmerhaus", "--by", "ops-alice", group], settings: Settings());
        var listed = await CliRun.InvokeAsync(["people", "list"], settings: Settings());

        Assert.Equal(1, noFace.ExitCode);
        Assert.Contains("Enrolment refused, nothing stored: coffee.png: no face found", noFace.Error, StringComparison.Ordinal);
        Assert.Equal(1, several.ExitCode);
        Assert.Contains("Enrolment refused, nothing stored: sample4.jpg: 4 faces found", several.Error, StringComparison.Ordinal);
        Assert.Contains("0 enrolled.", listed.Out, StringComparison.Ordinal);
    }
}
