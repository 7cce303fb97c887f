using GenScreen.Images.Faces;
using GenScreen.Images.Models;
using GenScreen.Images.Tests.Faces;
using GenScreen.ModelImport;

namespace GenScreen.Images.Tests.Models;

/// <summary>
/// Model files shipped Brotli-compressed (<c>x.onnx.br</c>, what the Functions build ships) load to the very sessions the
/// plain files give, are identified by the expanded bytes' SHA-256, and anything else is refused.
/// </summary>
[Collection(FaceModelGroup.Name)]
public sealed class CompressedModelFileTests(FaceModelFixture fixture) : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("genscreen-compressed-model-");

    [Fact]
    public void Analyzer_FromCompressedCopiesOnly_FindsTheSameFacesAndAgesAsFromThePlainFiles()
    {
        var plain = fixture.TinyFiles;
        foreach (var file in new[] { plain.Detector.Path, plain.Landmarks.Path, plain.Age.Path })
        {
            CompressedCopyOnly(file, Path.GetFileName(file));
        }

        var files = FaceModelFiles.InDirectory(_work.FullName, FaceDetectorKind.Tiny);
        using var analyzer = new FaceAnalyzer(files);
        using var reference = new FaceAnalyzer(plain);
        var photo = FaceModelFixture.Decode(fixture.DemoPhotos[3]);
        var expected = reference.Analyze(photo);
        var actual = analyzer.Analyze(photo);

        Assert.False(File.Exists(Path.Combine(_work.FullName, FaceModelInfo.AgeFileName)));
        Assert.Equal((plain.Detector.Sha256, plain.Landmarks.Sha256, plain.Age.Sha256), (files.Detector.Sha256, files.Landmarks.Sha256, files.Age.Sha256));
        Assert.Equal(expected.ModelVersion, actual.ModelVersion);
        Assert.NotEmpty(actual.Faces);
        Assert.Equal(expected.Faces.Select(f => (f.Signal.Box, f.Signal.ApparentAge)), actual.Faces.Select(f => (f.Signal.Box, f.Signal.ApparentAge)));
    }

    [Fact]
    public void Locate_CompressedCopyOfAnotherModel_RefusedWithTheExpandedBytesHash()
    {
        var age = CompressedCopyOnly(fixture.Files.Landmarks.Path, FaceModelInfo.AgeFileName); // a valid model, the wrong one

        var error = Assert.Throws<ModelIntegrityException>(() => ModelFileVerifier.Locate(FaceModelInfo.Age, age));

        Assert.Equal(FaceModelInfo.AgeSha256, error.ExpectedSha256);
        Assert.Equal(FaceModelInfo.LandmarksSha256, error.ActualSha256);
    }

    [Fact]
    public void Locate_CorruptOrTruncatedCompressedCopy_NeverLoads()
    {
        var age = CompressedCopyOnly(fixture.Files.Age.Path, FaceModelInfo.AgeFileName);
        var compressed = age + ModelFileContent.CompressedSuffix;
        var bytes = File.ReadAllBytes(compressed);

        File.WriteAllBytes(compressed, bytes[..(bytes.Length / 2)]);
        var truncated = Record.Exception(() => ModelFileVerifier.Locate(FaceModelInfo.Age, age));
        bytes[bytes.Length / 2] ^= 0x5a;
        File.WriteAllBytes(compressed, bytes);
        var altered = Record.Exception(() => ModelFileVerifier.Locate(FaceModelInfo.Age, age));

        Assert.True(truncated is InvalidDataException or ModelIntegrityException, $"truncated: {truncated}");
        Assert.True(altered is InvalidDataException or ModelIntegrityException, $"altered: {altered}");
        Assert.Contains(compressed, (truncated as InvalidDataException)?.Message ?? compressed, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_PlainFileBesideACompressedCopy_ThePlainFileIsRead()
    {
        var age = Path.Combine(_work.FullName, FaceModelInfo.AgeFileName);
        File.Copy(fixture.Files.Age.Path, age);
        File.WriteAllBytes(age + ModelFileContent.CompressedSuffix, [1, 2, 3]);

        Assert.Equal(FaceModelInfo.AgeSha256, ModelFileVerifier.Locate(FaceModelInfo.Age, age).Sha256);
        Assert.Equal(File.ReadAllBytes(fixture.Files.Age.Path), ModelFileContent.ReadAllBytes(age));
    }

    [Fact]
    public void Locate_NeitherPlainNorCompressed_FileNotFoundNamingBoth()
    {
        var missing = Path.Combine(_work.FullName, FaceModelInfo.AgeFileName);

        var error = Assert.Throws<FileNotFoundException>(() => ModelFileVerifier.Locate(FaceModelInfo.Age, missing));

        Assert.Contains(missing + ModelFileContent.CompressedSuffix, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureCompressed_IsSmallerAndDeterministic_AndKeepsAGoodCopy()
    {
        var first = CompressedCopyOnly(fixture.TinyFiles.Detector.Path, "a.onnx") + ModelFileContent.CompressedSuffix;
        var second = CompressedCopyOnly(fixture.TinyFiles.Detector.Path, "b.onnx") + ModelFileContent.CompressedSuffix;

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.True(new FileInfo(first).Length < new FileInfo(fixture.TinyFiles.Detector.Path).Length * 0.9, $"{new FileInfo(first).Length:N0} bytes");

        // A stale copy (here: of another model) is replaced; a good one is kept as it is.
        var plain = Path.Combine(_work.FullName, "c.onnx");
        File.Copy(fixture.TinyFiles.Detector.Path, plain);
        File.Copy(CompressedCopyOnly(fixture.Files.Age.Path, "d.onnx") + ModelFileContent.CompressedSuffix, plain + ModelFileContent.CompressedSuffix);
        ModelCompression.EnsureCompressed(plain);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(plain + ModelFileContent.CompressedSuffix));
        var written = File.GetLastWriteTimeUtc(plain + ModelFileContent.CompressedSuffix);
        File.SetLastWriteTimeUtc(plain + ModelFileContent.CompressedSuffix, written.AddHours(-1));
        ModelCompression.EnsureCompressed(plain);
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(plain + ModelFileContent.CompressedSuffix));
    }

    public void Dispose() => _work.Delete(recursive: true);

    /// <summary>Copies <paramref name="source"/> into the work folder as <paramref name="name"/>, compresses it and deletes the plain copy; returns the plain path.</summary>
    private string CompressedCopyOnly(string source, string name)
    {
        var plain = Path.Combine(_work.FullName, name);
        File.Copy(source, plain, overwrite: true);
        ModelCompression.EnsureCompressed(plain);
        File.Delete(plain);
        return plain;
    }
}
