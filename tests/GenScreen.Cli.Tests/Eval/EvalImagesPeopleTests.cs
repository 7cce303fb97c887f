using System.Text.Json;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Images.Tests.Nsfw;
using GenScreen.LocalDev;
using SkiaSharp;

namespace GenScreen.Cli.Tests.Eval;

/// <summary>
/// <c>genscreen eval images</c> with protected people, so the documented <c>protected-person</c> label is predicted: a
/// person enrolled from one real photo (skimage's astronaut) for the run (<c>--people</c>) or in Table storage on Azurite
/// by <c>people enroll</c> (<c>--stored-people</c>); the set holds re-encoded, resized copies of that photo and strangers
/// (face-api's demo photos, coffee without a face). Figures asserted are what the models measure on these files.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class EvalImagesPeopleTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Skimage(string name) => Path.Combine(SkimageSamples.EnsureCached(RepositoryRoot.Find()), name);

    private static string FaceApiDemo(int n) => Path.Combine(RepositoryRoot.Find(), "node_modules", "@vladmandic", "face-api", "demo", $"sample{n}.jpg");

    /// <summary>Copies <paramref name="source"/> to <paramref name="relative"/> under the temp folder.</summary>
    private string Copy(string source, string relative)
    {
        var path = Path.Combine(_files.Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(source, path);
        return path;
    }

    /// <summary>The photo resized to <paramref name="scale"/> and re-encoded as JPEG at <paramref name="quality"/>.</summary>
    private string Reencoded(string source, double scale, int quality, string relative)
    {
        using var photo = SKBitmap.Decode(source);
        using var resized = photo.Resize(new SKImageInfo((int)(photo.Width * scale), (int)(photo.Height * scale)), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var data = resized.Encode(SKEncodedImageFormat.Jpeg, quality);
        var path = Path.Combine(_files.Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    /// <summary>protected-person/astronaut: three re-encoded, resized copies; adult: three demo photos of strangers (all read 21 or over; sample2 and sample6 have faces read under 21); benign: coffee.</summary>
    private string EvaluationSet()
    {
        var astronaut = Skimage("astronaut.png");
        Reencoded(astronaut, 0.75, 70, "set/protected-person/astronaut/astronaut-75-q70.jpg");
        Reencoded(astronaut, 0.5, 85, "set/protected-person/astronaut/astronaut-50-q85.jpg");
        Reencoded(astronaut, 0.6, 50, "set/protected-person/astronaut/astronaut-60-q50.jpg");
        Copy(FaceApiDemo(1), "set/adult/sample1.jpg");
        Copy(FaceApiDemo(3), "set/adult/sample3.jpg");
        Copy(FaceApiDemo(5), "set/adult/sample5.jpg");
        Copy(Skimage("coffee.png"), "set/benign/coffee.png");
        return Path.Combine(_files.Folder, "set");
    }

    [Fact]
    public async Task EvalImages_PeopleFolder_OnePhotoEnrolled_ReencodedCopiesArePredictedProtectedPerson_StrangersAreNot()
    {
        var set = EvaluationSet();
        Copy(Skimage("astronaut.png"), "people/astronaut/astronaut.png");

        var run = await CliRun.InvokeAsync(["eval", "images", set, "--people", Path.Combine(_files.Folder, "people"), "--policy", "mature"]);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var report = run.Out;
        Assert.Contains("people: 1 enrolled from ", report, StringComparison.Ordinal);
        Assert.Contains("(enrolled for this run, not stored), 1 descriptor(s), face-api-recognition@1.7.15", report, StringComparison.Ordinal);
        Assert.Contains("People:MatchThreshold = 0.45 (face descriptor distance", report, StringComparison.Ordinal);
        // Every copy of the enrolled photo matches, and nothing else does: precision and recall 3/3.
        Assert.Matches(@"\n  protected-person\s+3\s+3\s+3\s+3/3 100\.0 %\s+3/3 100\.0 %\r?\n", report);
        Assert.Contains("protected-person images in a person's folder: 3 matched that person, 0 only someone else, 0 nobody", report, StringComparison.Ordinal);
        Assert.Matches(@"\n  adult\s+3\s+3\s+3\s+3/3 100\.0 %\s+3/3 100\.0 %\r?\n", report);
        // The calibration line: the copies' nearest distances sit well inside the threshold, the strangers' well outside.
        Assert.Matches(@"nearest enrolled distance \(match at or below 0\.45\): protected-person images 0\.[0-3]\d\d / 0\.[0-3]\d\d / 0\.[0-3]\d\d \(min / median / max, 3 with a recognisable face\); other images 0\.[6-9]\d\d / 0\.[6-9]\d\d / 0\.[6-9]\d\d \(min / median / max, 3 with a recognisable face\)", report);
        Assert.Matches(@"\n  benign\s+1\s+1\s+1\s+1/1 100\.0 %\s+1/1 100\.0 %\r?\n", report);
        Assert.DoesNotContain("misclassified:", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalImages_StoredPeople_EnrolledByPeopleEnroll_MatchesWithDistancesInTheJson()
    {
        var set = EvaluationSet();
        var settings = new Dictionary<string, string?> { ["GenScreenStorage"] = azurite.ConnectionString, ["People:TableName"] = AzuriteFixture.UniqueTableName("EvalPeople") };
        var enrolled = await CliRun.InvokeAsync(["people", "enroll", "--name", "astronaut", "--by", "ops-eval", Skimage("astronaut.png")], settings: settings);
        Assert.True(enrolled.ExitCode == 0, enrolled.Out + enrolled.Error);

        var run = await CliRun.InvokeAsync(["eval", "images", set, "--stored-people", "--json", "--policy", "mature"], settings: settings);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        using var doc = JsonDocument.Parse(run.StdoutBytes);
        var root = doc.RootElement;
        var people = root.GetProperty("people");
        Assert.Equal($"table {settings["People:TableName"]}", people.GetProperty("source").GetString());
        Assert.Equal(1, people.GetProperty("enrolled").GetInt32());
        Assert.Equal(0.45, people.GetProperty("matchThreshold").GetDouble(), 6);
        Assert.Equal(3, people.GetProperty("namedPersonMatched").GetInt32());
        var protectedPerson = root.GetProperty("classes").EnumerateArray().Single(c => c.GetProperty("label").GetString() == "protected-person");
        Assert.Equal(1.0, protectedPerson.GetProperty("precision").GetDouble());
        Assert.Equal(1.0, protectedPerson.GetProperty("recall").GetDouble());
        foreach (var item in root.GetProperty("items").EnumerateArray())
        {
            var matches = item.GetProperty("matches").EnumerateArray().ToList();
            if (item.GetProperty("expected").GetString() == "protected-person")
            {
                Assert.Equal("astronaut", item.GetProperty("expectedPerson").GetString());
                Assert.Equal("astronaut", Assert.Single(matches).GetProperty("person").GetString());
                Assert.InRange(matches[0].GetProperty("distance").GetDouble(), 0, 0.45);
            }
            else
            {
                // Strangers: no match, and where a face was recognisable its nearest distance is beyond the threshold.
                Assert.Empty(matches);
                if (item.GetProperty("nearestEnrolled").ValueKind != JsonValueKind.Null)
                {
                    Assert.True(item.GetProperty("nearestEnrolled").GetProperty("distance").GetDouble() > 0.45, item.ToString());
                }
            }
        }
    }

    [Fact]
    public async Task EvalImages_PeopleFolderWithAGroupPhoto_IsRefusedLikeEnrolment()
    {
        var set = EvaluationSet();
        Copy(FaceApiDemo(4), "people/group/sample4.jpg");

        var run = await CliRun.InvokeAsync(["eval", "images", set, "--people", Path.Combine(_files.Folder, "people")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--people: cannot enrol the reference photos: group", run.Error, StringComparison.Ordinal);
        // The eval's configured detector (Faces:Detector, Tiny by default) finds 3 of the photo's 4 faces: refused all the same.
        Assert.Contains("group/sample4.jpg: 3 faces found", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task EvalImages_StoredPeople_NobodyEnrolled_OrBothSources_IsAnError()
    {
        var set = EvaluationSet();
        var settings = new Dictionary<string, string?> { ["GenScreenStorage"] = azurite.ConnectionString, ["People:TableName"] = AzuriteFixture.UniqueTableName("EvalNobody") };

        var nobody = await CliRun.InvokeAsync(["eval", "images", set, "--stored-people"], settings: settings);
        var both = await CliRun.InvokeAsync(["eval", "images", set, "--stored-people", "--people", _files.Folder], settings: settings);

        Assert.Equal(1, nobody.ExitCode);
        Assert.Contains($"Nobody usable is enrolled in table {settings["People:TableName"]}: protected-person cannot be predicted.", nobody.Error, StringComparison.Ordinal);
        Assert.Equal(1, both.ExitCode);
        Assert.Contains("Use --people <folder> or --stored-people, not both.", both.Error, StringComparison.Ordinal);
    }
}
