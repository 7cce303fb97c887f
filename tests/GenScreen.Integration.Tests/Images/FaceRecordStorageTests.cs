using Azure.Data.Tables;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Images.Faces;
using GenScreen.Core.Verdicts;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Images;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.Images;

/// <summary>Faces in the image verdict row on real Azurite: a crowd stays within Table storage's limits, the faces that matter kept first.</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class FaceRecordStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Crowd_KeepsTheCountAndThe32FacesThatMatterFirst()
    {
        var store = new ImageVerdictStore(new TableServiceClient(azurite.ConnectionString), Options.Create(new ImageScreeningOptions { VerdictTable = "Faces" + Guid.NewGuid().ToString("N")[..12] }));
        var faces = new List<FaceSignal>();
        for (var i = 0; i < 60; i++)
        {
            faces.Add(new FaceSignal(new FaceBox(i * 10, 5, 48, 52), 0.9, 30 + (i % 20), TooSmallToJudge: false));
        }

        faces.Add(new FaceSignal(new FaceBox(1, 1, 12, 12), 0.7, null, TooSmallToJudge: true));
        faces.Add(new FaceSignal(new FaceBox(700, 9, 60, 60), 0.95, 13.25, TooSmallToJudge: false));
        faces.Add(new FaceSignal(new FaceBox(800, 9, 60, 60), 0.99, 41, TooSmallToJudge: false, new ProtectedPersonMatch("p-42", "Not Stored", 0.3817)));
        var facts = new ImageFacts(new string('a', 64), 1000, 1024, 768, "png", 1, 1, false, new ImageClassScores(0, 0, 1, 0, 0, "m"), 1, 2, new FaceFacts(true, faces, "faces-test"));
        var verdict = new ImageVerdict(Decision.Allow, "mature", "v", [new CategorySeverity(HarmCategory.Sexual, 0)], []);
        var id = new string('b', 32);
        var record = new ImageVerdictRecord(id, "", "", "", verdict, facts, null, ImageAction.Answered, 1, DateTimeOffset.UnixEpoch, 3) { Purpose = ImagePurpose.InitImage };

        Assert.NotNull(await store.TryAddAsync(record, CancellationToken.None));
        var read = (await store.GetAsync(id, CancellationToken.None))!.Value.Record;

        Assert.Equal(63, read.FaceCount);
        Assert.Equal(ImagePurpose.InitImage, read.Purpose);
        var stored = read.Facts!.Faces!;
        Assert.True(stored.Searched);
        Assert.Equal("faces-test", stored.ModelVersion);
        Assert.Equal(32, stored.Faces.Count);
        Assert.Equal(new ProtectedPersonMatch("p-42", "", 0.3817), stored.Faces[0].Match); // the id, never the name
        Assert.Equal(13.25, stored.Faces[1].ApparentAge);
        Assert.Equal(new FaceBox(700, 9, 60, 60), stored.Faces[1].Box);
        Assert.DoesNotContain(stored.Faces, f => f.TooSmallToJudge); // 31 judged faces come before it
        Assert.True(stored.Faces.Skip(1).Select(f => f.ApparentAge!.Value).SequenceEqual(stored.Faces.Skip(1).Select(f => f.ApparentAge!.Value).Order()));
    }
}
