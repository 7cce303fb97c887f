using Azure.Data.Tables;
using GenScreen.Core.Configuration;
using GenScreen.Core.People;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Decoding;
using GenScreen.Images.Faces;
using GenScreen.ModelImport.FaceApi;
using GenScreen.ModelImport.FaceRecognition;
using GenScreen.Images.People;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Images.Tests.Nsfw;
using GenScreen.Storage.People;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.People;

/// <summary>
/// Protected people end to end on a real Azurite with the real models: enrol from a reference photo (descriptors
/// only), load the matcher from the table, then screen real photos. The enrolled face, in a re-encoded and resized
/// group photo, matches; the two unrelated faces beside it and another photo's face do not; photos without exactly
/// one face are refused and store nothing; the enrolled name joins prompt screening; removal reaches the matcher.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ProtectedPeopleTests(AzuriteFixture azurite, ProtectedPeopleTests.Models models) : IClassFixture<ProtectedPeopleTests.Models>
{
    private readonly string _root = GenScreen.LocalDev.RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Run inside the clone.");

    /// <summary>The analyzer and embedder, loaded once for the class.</summary>
    public sealed class Models : IDisposable
    {
        public FaceAnalyzer Analyzer { get; } = new(FaceModelCache.EnsureFiles());

        public FaceEmbedder Embedder { get; } = new(FaceApiRecognitionModelImporter.EnsureFile());

        public void Dispose()
        {
            Analyzer.Dispose();
            Embedder.Dispose();
        }
    }

    private TableProtectedPeopleStore NewStore() =>
        new(new TableServiceClient(azurite.ConnectionString), Options.Create(new ProtectedPeopleOptions { TableName = AzuriteFixture.UniqueTableName() }));

    private PersonEnrollment Enrollment(IProtectedPeopleStore store) =>
        new(store, models.Embedder, new FaceAnalyzerLocator(models.Analyzer), TimeProvider.System);

    private static (byte[] Rgb, int Width, int Height) Decode(byte[] file)
    {
        var result = SafeImageDecoder.Decode(file, null, null, new ImageDecodeLimits(), CancellationToken.None);
        Assert.True(result.Succeeded, result.Message);
        var frame = result.Frames[0];
        return (frame.Rgb.ToArray(), frame.Width, frame.Height);
    }

    private FaceAnalysis AnalyzeWithMatches(ProtectedPeopleRecognizer recognizer, byte[] file)
    {
        var (rgb, width, height) = Decode(file);
        return recognizer.AddMatches(models.Analyzer.Analyze(rgb, width, height), rgb, width, height);
    }

    [Fact]
    public async Task Enroll_ThenScreenReencodedResizedGroupPhoto_OnlyTheEnrolledFaceMatches()
    {
        var store = NewStore();
        var person = await Enrollment(store).EnrollAsync("Renata Vollmerhaus", ["Ren Vollmer"], "ops-alice", [new EnrollmentPhoto("reference.jpg", PeoplePhotos.ReferencePhoto(_root))], CancellationToken.None);
        using var matcher = new ProtectedPersonMatcher(store, models.Embedder.ModelVersion, (float)FaceMatchDefaults.Threshold);
        Assert.True(await matcher.RefreshAsync(CancellationToken.None));
        var recognizer = new ProtectedPeopleRecognizer(models.Embedder, matcher);

        var group = AnalyzeWithMatches(recognizer, PeoplePhotos.Reencoded(PeoplePhotos.DemoPhoto(_root, "sample3"), 0.6, 70));
        var other = AnalyzeWithMatches(recognizer, PeoplePhotos.Reencoded(PeoplePhotos.DemoPhoto(_root, "sample1"), 0.6, 70));

        Assert.Equal(3, group.Faces.Count);
        var matched = Assert.Single(group.Faces, f => f.Signal.Match is not null);
        Assert.Equal(person.Id, matched.Signal.Match!.PersonId);
        Assert.Equal("Renata Vollmerhaus", matched.Signal.Match.DisplayName);
        Assert.InRange(matched.Signal.Match.Distance, 0, FaceMatchDefaults.Threshold);
        // The middle face of the group (at 60 %: x about 1021 * 0.6 = 613).
        Assert.InRange(matched.Signal.Box.X + (matched.Signal.Box.Width / 2), 560, 800);
        Assert.Equal(3, other.Faces.Count);
        Assert.All(other.Faces, f => Assert.Null(f.Signal.Match));
    }

    [Fact]
    public async Task EnrollListRemove_RoundTrip_StoresDescriptorsNamesOperatorAndTimeAndRemovalReachesTheMatcher()
    {
        var store = NewStore();
        var reference = PeoplePhotos.ReferencePhoto(_root);
        var before = DateTimeOffset.UtcNow;
        var person = await Enrollment(store).EnrollAsync(" Renata Vollmerhaus ", ["Ren Vollmer", "ren vollmer", "Renata Vollmerhaus"], "ops-alice", [new EnrollmentPhoto("a.jpg", reference), new EnrollmentPhoto("b.jpg", PeoplePhotos.Reencoded(PeoplePhotos.DemoPhoto(_root, "sample3"), 1.0, 90) is var full ? CropAgain(full) : [])], CancellationToken.None);

        var listed = Assert.Single(await ToListAsync(store.ListAsync(CancellationToken.None)));
        Assert.Equal(person.Id, listed.Id);
        Assert.Equal("Renata Vollmerhaus", listed.DisplayName);
        Assert.Equal(["Ren Vollmer"], listed.Aliases);
        Assert.Equal("ops-alice", listed.EnrolledBy);
        Assert.InRange(listed.EnrolledAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(models.Embedder.ModelVersion, listed.ModelVersion);
        Assert.Equal(2, listed.Embeddings.Count);
        Assert.Equal(person.Embeddings[0], listed.Embeddings[0]);

        var options = new ScreeningOptions();
        var prompts = new PromptScreeningService(ScreeningSetup.CreateScreener(options), []);
        using var matcher = new ProtectedPersonMatcher(store, models.Embedder.ModelVersion, (float)FaceMatchDefaults.Threshold, new EnrolledNames(options, prompts));
        await matcher.RefreshAsync(CancellationToken.None);
        Assert.Equal(2, matcher.DescriptorCount);
        Assert.NotNull(matcher.Match(person.Embeddings[1]));
        var named = await prompts.ScreenAsync("ren vollmer, nude", null, "mature", CancellationToken.None);
        Assert.Equal(Decision.Block, named.Decision);
        Assert.Contains(named.Reasons, r => r.Code == ReasonCodes.RealPersonSexual);

        // No change: the marker is unchanged, nothing is reloaded.
        Assert.False(await matcher.RefreshAsync(CancellationToken.None));

        Assert.True(await store.RemoveAsync(person.Id, CancellationToken.None));
        Assert.False(await store.RemoveAsync(person.Id, CancellationToken.None));
        Assert.Empty(await ToListAsync(store.ListAsync(CancellationToken.None)));
        Assert.True(await matcher.RefreshAsync(CancellationToken.None));
        Assert.Null(matcher.Match(person.Embeddings[1]));
        Assert.DoesNotContain((await prompts.ScreenAsync("ren vollmer, nude", null, "mature", CancellationToken.None)).Reasons, r => r.Code == ReasonCodes.RealPersonSexual);
    }

    [Fact]
    public async Task Enroll_PhotoWithNoFace_RefusedAndNothingStored()
    {
        var store = NewStore();
        var coffee = File.ReadAllBytes(Path.Combine(SkimageSamples.EnsureCached(_root), "coffee.png"));

        var refused = await Assert.ThrowsAsync<EnrollmentRefusedException>(() => Enrollment(store).EnrollAsync(
            "Renata Vollmerhaus", [], "ops-alice", [new EnrollmentPhoto("reference.jpg", PeoplePhotos.ReferencePhoto(_root)), new EnrollmentPhoto("coffee.png", coffee)], CancellationToken.None));

        Assert.Contains("coffee.png: no face found", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await ToListAsync(store.ListAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Enroll_GroupPhoto_RefusedAsAmbiguousAndNothingStored()
    {
        var store = NewStore();

        var refused = await Assert.ThrowsAsync<EnrollmentRefusedException>(() => Enrollment(store).EnrollAsync(
            "Renata Vollmerhaus", [], "ops-alice", [new EnrollmentPhoto("sample3.jpg", File.ReadAllBytes(PeoplePhotos.DemoPhoto(_root, "sample3")))], CancellationToken.None));

        Assert.Contains("sample3.jpg: 3 faces found", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await ToListAsync(store.ListAsync(CancellationToken.None)));
    }

    /// <summary>The enrolment region cut again from a differently encoded copy: a second reference photo.</summary>
    private static byte[] CropAgain(byte[] jpeg)
    {
        using var photo = SkiaSharp.SKBitmap.Decode(jpeg);
        using var crop = new SkiaSharp.SKBitmap();
        Assert.True(photo.ExtractSubset(crop, SkiaSharp.SKRectI.Create(860, 80, 580, 660)));
        using var data = crop.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
