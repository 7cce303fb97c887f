using System.Security.Cryptography;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.LocalDev;

namespace GenScreen.Cli.Tests.Models;

/// <summary>
/// <c>genscreen models import</c> itself, on real packages: into a clean folder it writes every image model with the
/// SHA-256 recorded in its MODEL.md; a copy there with another hash is imported again, never kept; weights in the
/// package that do not reproduce the recorded hash are refused and nothing is written.
/// </summary>
public sealed class ModelsImportCommandTests : IDisposable
{
    /// <summary>Every model the command produces: file name → the MODEL.md that records its hash.</summary>
    private static readonly (string File, string ModelDoc)[] Expected =
    [
        ("nsfw_mobilenet_v2.onnx", "src/GenScreen.Images/Nsfw/MODEL.md"),
        ("nsfw_mobilenet_v2.int8.onnx", "src/GenScreen.Images/Nsfw/MODEL.md"),
        ("nsfw_inception_v3.onnx", "src/GenScreen.Images/Nsfw/MODEL.md"),
        ("nsfw_inception_v3.int8.onnx", "src/GenScreen.Images/Nsfw/MODEL.md"),
        ("faceapi_ssd_mobilenetv1.onnx", "src/GenScreen.Images/Faces/MODEL.md"),
        ("faceapi_tiny_face_detector.onnx", "src/GenScreen.Images/Faces/MODEL.md"),
        ("faceapi_landmark68.onnx", "src/GenScreen.Images/Faces/MODEL.md"),
        ("faceapi_age_gender.onnx", "src/GenScreen.Images/Faces/MODEL.md"),
        ("faceapi_face_recognition.onnx", "src/GenScreen.Images/People/MODEL.md"),
    ];

    private readonly TempFiles _files = new();
    private readonly string _root = RepositoryRoot.Find();

    public void Dispose() => _files.Dispose();

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public async Task Import_CleanFolder_WritesEveryModelWithItsRecordedHash_ThenReplacesAnAlteredCopy()
    {
        var output = Path.Combine(_files.Folder, "models");

        var run = await CliRun.InvokeAsync(["models", "import", "--output", output, "--repository", _root]);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Equal(Expected.Select(e => e.File).Order(StringComparer.Ordinal), Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(Expected.Length, lines.Length);
        foreach (var (file, modelDoc) in Expected)
        {
            var path = Path.Combine(output, file);
            var sha = Sha256(path);
            // The printed hash is the file's, and it is the one recorded in the model's MODEL.md.
            Assert.Contains($"{path}  sha256:{sha}", lines);
            Assert.Contains(sha, File.ReadAllText(Path.Combine(_root, modelDoc)), StringComparison.Ordinal);
        }

        // An altered copy in the folder is not used: it is imported again, back to the recorded bytes; the rest stay as they were.
        var recognition = Path.Combine(output, "faceapi_face_recognition.onnx");
        var recorded = Sha256(recognition);
        var bytes = File.ReadAllBytes(recognition);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(recognition, bytes);
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(output, "nsfw_inception_v3.onnx"));

        var again = await CliRun.InvokeAsync(["models", "import", "--output", output, "--repository", _root]);

        Assert.True(again.ExitCode == 0, again.Out + again.Error);
        Assert.Contains($"Cached face recognition (face-api FaceRecognitionNet) model {recognition} has SHA-256 ", again.Error, StringComparison.Ordinal);
        Assert.Contains($"expected {recorded}; importing it again.", again.Error, StringComparison.Ordinal);
        Assert.Equal(recorded, Sha256(recognition));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(output, "nsfw_inception_v3.onnx")));
        Assert.DoesNotContain("Importing the NSFW model", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_PackageWithAlteredWeights_IsRefused_AndNothingIsWritten()
    {
        // A clone whose nsfwjs has one weight character changed (still valid base64, so it parses and converts).
        var clone = Path.Combine(_files.Folder, "clone");
        var package = Path.Combine(clone, "node_modules", "nsfwjs");
        var models = Path.Combine(package, "dist", "models", "mobilenet_v2");
        Directory.CreateDirectory(models);
        File.Copy(Path.Combine(_root, "package.json"), Path.Combine(clone, "package.json"));
        File.Copy(Path.Combine(_root, "node_modules", "nsfwjs", "package.json"), Path.Combine(package, "package.json"));
        var original = Path.Combine(_root, "node_modules", "nsfwjs", "dist", "models", "mobilenet_v2");
        File.Copy(Path.Combine(original, "model.min.js"), Path.Combine(models, "model.min.js"));
        var shard = File.ReadAllText(Path.Combine(original, "group1-shard1of1.min.js"));
        var at = shard.Length / 2;
        while (!char.IsAsciiLetter(shard[at]))
        {
            at++;
        }

        File.WriteAllText(Path.Combine(models, "group1-shard1of1.min.js"), string.Concat(shard.AsSpan(0, at), shard[at] == 'A' ? "B" : "A", shard.AsSpan(at + 1)));
        var output = Path.Combine(_files.Folder, "models");

        var run = await CliRun.InvokeAsync(["models", "import", "--output", output, "--repository", clone]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Import refused: Importing {package} produced an ONNX file with SHA-256 ", run.Error, StringComparison.Ordinal);
        Assert.Contains("expected 7de6747aee09c678799ea94e95fd52541258c0e509535c052f812ca9c67e1321", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
        Assert.True(!Directory.Exists(output) || Directory.GetFiles(output).Length == 0, string.Join(", ", Directory.Exists(output) ? Directory.GetFiles(output) : []));
    }
}
