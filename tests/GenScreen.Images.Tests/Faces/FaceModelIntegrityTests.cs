using System.ComponentModel.DataAnnotations;
using GenScreen.Images.Faces;
using GenScreen.Images.Models;
using GenScreen.ModelImport;
using GenScreen.ModelImport.FaceApi;

namespace GenScreen.Images.Tests.Faces;

/// <summary>Corrupt, stale or missing face model files are refused with a clear error; MODEL.md and the recorded hashes agree.</summary>
[Collection(FaceModelGroup.Name)]
public sealed class FaceModelIntegrityTests(FaceModelFixture fixture)
{
    [Fact]
    public void Locate_DetectorWithOneByteChanged_RefusedNamingPathAndBothHashes()
    {
        var work = Directory.CreateTempSubdirectory("genscreen-face-integrity-");
        try
        {
            var corrupt = Path.Combine(work.FullName, FaceModelInfo.DetectorFileName);
            var bytes = File.ReadAllBytes(fixture.Files.Detector.Path);
            bytes[bytes.Length / 2] ^= 0x01;
            File.WriteAllBytes(corrupt, bytes);

            var error = Assert.Throws<ModelIntegrityException>(() => FaceModelFiles.Locate(corrupt, fixture.Files.Landmarks.Path, fixture.Files.Age.Path));
            Assert.Equal(corrupt, error.Path);
            Assert.Equal(FaceModelInfo.DetectorSha256, error.ExpectedSha256);
            Assert.NotEqual(error.ExpectedSha256, error.ActualSha256);
            Assert.Contains("face detector", error.Message, StringComparison.Ordinal);
            Assert.Contains("Faces/MODEL.md", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void Analyzer_FileSwappedAfterItWasLocated_RefusedFromTheBytesItReads()
    {
        var work = Directory.CreateTempSubdirectory("genscreen-face-integrity-");
        try
        {
            var age = Path.Combine(work.FullName, FaceModelInfo.AgeFileName);
            File.Copy(fixture.Files.Age.Path, age);
            var files = FaceModelFiles.Locate(fixture.Files.Detector.Path, fixture.Files.Landmarks.Path, age);
            File.WriteAllBytes(age, File.ReadAllBytes(fixture.Files.Landmarks.Path)); // a valid ONNX file, the wrong one

            var error = Assert.Throws<ModelIntegrityException>(() => new FaceAnalyzer(files));
            Assert.Equal(FaceModelInfo.AgeSha256, error.ExpectedSha256);
            Assert.Equal(FaceModelInfo.LandmarksSha256, error.ActualSha256);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void Locate_MissingFile_FileNotFoundNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.onnx");
        var error = Assert.Throws<FileNotFoundException>(() => FaceModelFiles.Locate(fixture.Files.Detector.Path, fixture.Files.Landmarks.Path, missing));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("apparent age", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cache_StaleFileWithImportDisabled_Refused()
    {
        var work = Directory.CreateTempSubdirectory("genscreen-face-cache-");
        try
        {
            File.WriteAllBytes(Path.Combine(work.FullName, FaceModelInfo.LandmarksFileName), [1, 2, 3]);
            var cache = new ImportedModelCache(FaceModelCache.Landmarks, new ImportedModelCacheOptions { CacheDirectory = work.FullName, AllowImport = false });
            Assert.Throws<ModelIntegrityException>(cache.GetModel);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void Cache_StaleFileWithImport_ReimportsTheRecordedModel()
    {
        var work = Directory.CreateTempSubdirectory("genscreen-face-cache-");
        try
        {
            var cached = Path.Combine(work.FullName, FaceModelInfo.AgeFileName);
            File.WriteAllBytes(cached, [1, 2, 3]);
            var cache = new ImportedModelCache(FaceModelCache.Age, new ImportedModelCacheOptions { CacheDirectory = work.FullName, RepositoryRoot = fixture.RepositoryRoot });

            var model = cache.GetModel();
            Assert.Equal(FaceModelInfo.AgeSha256, model.Sha256);
            Assert.Equal(cached, model.Path);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void ModelDoc_RecordsEveryHash()
    {
        var doc = File.ReadAllText(Path.Combine(fixture.RepositoryRoot, FaceModelInfo.ModelDoc));
        Assert.Contains(FaceModelInfo.DetectorSha256, doc, StringComparison.Ordinal);
        Assert.Contains(FaceModelInfo.TinyDetectorSha256, doc, StringComparison.Ordinal);
        Assert.Contains(FaceModelInfo.LandmarksSha256, doc, StringComparison.Ordinal);
        Assert.Contains(FaceModelInfo.AgeSha256, doc, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0.5, 16)]
    [InlineData(40, 1.0, 16)]
    [InlineData(40, 0.5, 0)]
    public void Options_OutOfRange_FailValidation(int minFaceSize, double scoreThreshold, int maxFaces)
    {
        var options = new FaceAnalyzerOptions { MinFaceSize = minFaceSize, ScoreThreshold = scoreThreshold, MaxFaces = maxFaces };
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    [Fact]
    public void Options_OnlyOneModelPathConfigured_FailsValidation()
    {
        var options = new FaceAnalyzerOptions { DetectorModelPath = fixture.Files.Detector.Path };
        var results = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains(results, r => r.ErrorMessage!.Contains("all three", StringComparison.Ordinal));
        var defaults = new FaceAnalyzerOptions();
        var defaultResults = new List<ValidationResult>();
        Assert.True(Validator.TryValidateObject(defaults, new ValidationContext(defaults), defaultResults, validateAllProperties: true), string.Join("; ", defaultResults.Select(r => r.ErrorMessage)));
    }
}
