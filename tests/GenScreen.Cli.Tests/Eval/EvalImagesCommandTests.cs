using System.Text.Json;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.LocalDev;
using GenScreen.Images.Tests.Nsfw;

namespace GenScreen.Cli.Tests.Eval;

/// <summary>
/// <c>genscreen eval images</c> on real photographs: face-api's demo photos and skimage's astronaut (adults),
/// skimage's coffee and horse (no people). The figures asserted are what the models measure on these files.
/// </summary>
public sealed class EvalImagesCommandTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Skimage(string name) => Path.Combine(SkimageSamples.EnsureCached(RepositoryRoot.Find()), name);

    private static string FaceApiDemo(int n) => Path.Combine(RepositoryRoot.Find(), "node_modules", "@vladmandic", "face-api", "demo", $"sample{n}.jpg");

    private string Folder(params (string Label, string File)[] images)
    {
        var root = Path.Combine(_files.Folder, "set");
        foreach (var (label, file) in images)
        {
            Directory.CreateDirectory(Path.Combine(root, label));
            File.Copy(file, Path.Combine(root, label, Path.GetFileName(file)));
        }

        return root;
    }

    [Fact]
    public async Task EvalImages_LabelFolders_PrintsThresholdsPerClassFiguresAndMatrices()
    {
        var set = Folder(("adult", Skimage("astronaut.png")), ("adult", FaceApiDemo(1)), ("benign", Skimage("coffee.png")), ("benign", Skimage("horse.png")));

        var run = await CliRun.InvokeAsync(["eval", "images", set]);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var report = run.Out;
        Assert.Contains("4 images, 0 unreadable lines", report, StringComparison.Ordinal);
        Assert.Contains("ImageScreening:Faces:PossibleMinorUnder = 21", report, StringComparison.Ordinal);
        Assert.Contains("Faces:MinFaceSize = 40 px", report, StringComparison.Ordinal);
        Assert.Contains("faces face-api@1.7.15", report, StringComparison.Ordinal);
        // Both adult photos are predicted adult (every face read 21 or over); neither benign photo has a face.
        Assert.Matches(@"\n  adult\s+2\s+2\s+2\s+2/2 100\.0 %\s+2/2 100\.0 %\r?\n", report);
        Assert.Matches(@"\n  benign\s+2\s+2\s+2\s+2/2 100\.0 %\s+2/2 100\.0 %\r?\n", report);
        Assert.Matches(@"\n  minor\s+0\s+0\s+0\s+-\s+-\r?\n", report);
        Assert.Contains("policy mature: expected label × decision:", report, StringComparison.Ordinal);
        Assert.Contains("policy strict: expected label × decision:", report, StringComparison.Ordinal);
        Assert.DoesNotContain("misclassified:", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalImages_ForcedAgeBand_AdultsArePredictedMinor_AndTheReportSaysWhy()
    {
        // How an operator calibrates: the same photos measured at other thresholds (here a band no adult escapes).
        var set = Folder(("adult", Skimage("astronaut.png")));
        var settings = new Dictionary<string, string?> { ["ImageScreening:Faces:PossibleMinorUnder"] = "90", ["ImageScreening:Faces:LikelyMinorUnder"] = "80" };

        var run = await CliRun.InvokeAsync(["eval", "images", set, "--policy", "mature"], settings: settings);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("ImageScreening:Faces:PossibleMinorUnder = 90", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n  adult\s+1\s+0\s+0\s+-\s+0/1 0\.0 %\r?\n", run.Out);
        Assert.Contains("adult/astronaut.png: expected adult, predicted minor (1 faces, apparent ages", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("policy strict", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalImages_ManifestJson_HasEveryFigure_AndBadRowsAreReported()
    {
        var astronaut = _files.WriteBytes("astronaut.png", File.ReadAllBytes(Skimage("astronaut.png")));
        _files.WriteBytes("coffee.png", File.ReadAllBytes(Skimage("coffee.png")));
        var manifest = _files.Write("set.csv", string.Join('\n', "path,expected", "astronaut.png,adult", "coffee.png,benign", "coffee.png,celebrity", "missing.png,adult"));

        var run = await CliRun.InvokeAsync(["eval", "images", manifest, "--json"]);

        Assert.Equal(2, run.ExitCode); // some lines unreadable
        Assert.Contains("set.csv:4: unknown label 'celebrity'", run.Error, StringComparison.Ordinal);
        Assert.Contains("set.csv:5: no such file 'missing.png'", run.Error, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(run.StdoutBytes);
        var root = doc.RootElement;
        Assert.Equal(2, root.GetProperty("images").GetInt32());
        Assert.Equal(2, root.GetProperty("unreadableLines").GetInt32());
        Assert.Equal("21 (apparent age, a model estimate)", root.GetProperty("thresholds").GetProperty("ImageScreening:Faces:PossibleMinorUnder").GetString());
        var adult = root.GetProperty("classes").EnumerateArray().Single(c => c.GetProperty("label").GetString() == "adult");
        Assert.Equal(1.0, adult.GetProperty("recall").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("classes").EnumerateArray().Single(c => c.GetProperty("label").GetString() == "minor").GetProperty("precision").ValueKind);
        Assert.Equal(1, root.GetProperty("decisions").GetProperty("mature").GetProperty("adult").GetProperty("allow").GetInt32());
        var item = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("expected").GetString() == "adult");
        Assert.Equal("adult", item.GetProperty("predicted").GetString());
        Assert.InRange(Assert.Single(item.GetProperty("apparentAges").EnumerateArray()).GetDouble(), 21, 70);
        Assert.True(File.Exists(astronaut));
    }

    [Fact]
    public async Task EvalImages_NoSuchSource_IsAnError()
    {
        var run = await CliRun.InvokeAsync(["eval", "images", Path.Combine(_files.Folder, "nothing-here")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such folder or manifest file", run.Error, StringComparison.Ordinal);
    }
}
