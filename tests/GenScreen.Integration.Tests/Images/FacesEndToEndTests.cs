using System.Text.Json;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;
using GenScreen.Storage.Images;

namespace GenScreen.Integration.Tests.Images;

/// <summary>
/// Faces end to end on Azurite with the real face models, on skimage's astronaut (Eileen Collins' NASA portrait: one
/// adult face). The minors rule is exercised without any child imagery by raising the likely-minor band to 60 years
/// in the test's configuration, so this adult reads as a "likely minor" to the rules.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class FacesEndToEndTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);

    private static readonly Dictionary<string, string?> EveryoneALikelyMinor = new()
    {
        ["ImageScreening:Faces:LikelyMinorUnder"] = "60",
        ["ImageScreening:Faces:PossibleMinorUnder"] = "70",
    };

    private static byte[] Astronaut() => File.ReadAllBytes(Path.Combine(ImageHost.Samples, "astronaut.png"));

    private static async Task<string> PromptVerdictAsync(ImageHost host, string body)
    {
        using var response = await host.Host.PostJsonAsync(body);
        return (await JsonAssert.ReadAsync(response)).GetProperty("verdictId").GetString()!;
    }

    private static IEnumerable<string> Codes(JsonElement verdict) => verdict.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!);

    [Fact]
    public async Task AdultFacePhoto_IsAllowedUnderMature_WithItsFacesRecorded_EndpointAndBlobPath()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);

        using var response = await ImageEndpointClient.PostRawAsync(host.Host, Astronaut(), "?purpose=generated&policy=mature");
        var verdict = await JsonAssert.ReadAsync(response);
        await host.UploadAsync("portrait.png", Astronaut());
        var outcome = await host.Service.ScreenAsync(host.Incoming.Name, "portrait.png", CancellationToken.None);

        Assert.Equal("allow", verdict.GetProperty("decision").GetString());
        var faces = verdict.GetProperty("faces");
        Assert.True(faces.GetProperty("searched").GetBoolean());
        var face = Assert.Single(faces.GetProperty("faces").EnumerateArray());
        Assert.InRange(face.GetProperty("apparentAge").GetDouble(), 21, 70); // an adult, read as one
        Assert.InRange(face.GetProperty("box").GetProperty("width").GetInt32(), 60, 400);
        Assert.Contains(FaceRulesCodes.Evidence, Codes(verdict));
        Assert.Equal(GenScreen.Core.Verdicts.Decision.Allow, outcome.Decision);
        var row = (await host.VerdictRowsAsync()).Single(r => r.GetString("BlobName") == "portrait.png");
        Assert.Equal(1, row.GetInt32("FaceCount"));
        Assert.Contains("\"age\":", row.GetString("Faces"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForcedLowAgeThreshold_SamePhotoWithASexualPrompt_IsBlocked_AloneAllowed()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual, EveryoneALikelyMinor);
        // Allowed as a prompt under mature: adult nudity.
        var promptId = await PromptVerdictAsync(host, """{"prompt":"nude woman lying on a bed","policy":"mature"}""");

        await host.UploadAsync("alone.png", Astronaut());
        await host.UploadAsync("from-prompt.png", Astronaut(), new Dictionary<string, string> { [QuarantineMetadata.PromptVerdictId] = promptId });
        var alone = await host.Service.ScreenAsync(host.Incoming.Name, "alone.png", CancellationToken.None);
        var correlated = await host.Service.ScreenAsync(host.Incoming.Name, "from-prompt.png", CancellationToken.None);

        Assert.Equal(GenScreen.Core.Verdicts.Decision.Allow, alone.Decision);
        Assert.Equal(GenScreen.Core.Verdicts.Decision.Block, correlated.Decision);
        var row = (await host.VerdictRowsAsync()).Single(r => r.GetString("BlobName") == "from-prompt.png");
        Assert.Contains("minors.sexual", row.GetString("Reasons"), StringComparison.Ordinal);
        Assert.Contains("likely-minor band (under 60)", row.GetString("Reasons"), StringComparison.Ordinal);
        using var reasons = JsonDocument.Parse(row.GetString("Reasons")!);
        var minors = reasons.RootElement.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "minors.sexual").GetProperty("message").GetString();
        Assert.Contains("(a model's estimate from the pixels, not the person's age)", minors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitImage_PhotoWithAFace_NudifyPrompts_AreBlocked_ABenignEditIsAllowed()
    {
        await using var host = await ImageHost.StartAsync(azurite.ConnectionString, Manual);
        // The prompt side blocks the undress request itself; the sexual img2img prompt is allowed as a prompt under mature.
        var undress = await PromptVerdictAsync(host, """{"prompt":"remove her clothes","mode":"img2img","policy":"mature"}""");
        var sexual = await PromptVerdictAsync(host, """{"prompt":"nude woman lying on a bed","mode":"img2img","policy":"mature"}""");
        var benign = await PromptVerdictAsync(host, """{"prompt":"make it a watercolor painting","mode":"img2img","policy":"mature"}""");

        using var undressResponse = await ImageEndpointClient.PostRawAsync(host.Host, Astronaut(), $"?purpose=init-image&policy=mature&promptVerdictId={undress}");
        using var sexualResponse = await ImageEndpointClient.PostMultipartAsync(host.Host, Astronaut(), new Dictionary<string, string> { ["purpose"] = "init-image", ["policy"] = "mature", ["promptVerdictId"] = sexual });
        using var benignResponse = await ImageEndpointClient.PostRawAsync(host.Host, Astronaut(), $"?purpose=init-image&policy=mature&promptVerdictId={benign}");
        var undressVerdict = await JsonAssert.ReadAsync(undressResponse);
        var sexualVerdict = await JsonAssert.ReadAsync(sexualResponse);
        var benignVerdict = await JsonAssert.ReadAsync(benignResponse);

        Assert.Equal("block", undressVerdict.GetProperty("decision").GetString());
        Assert.Contains("real-person.nudify", Codes(undressVerdict));
        Assert.Equal("block", sexualVerdict.GetProperty("decision").GetString());
        Assert.Contains("real-person.nudify", Codes(sexualVerdict));
        Assert.Equal("SexualRealPerson", sexualVerdict.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("severity").GetInt32() == 6).GetProperty("category").GetString());
        Assert.Equal("allow", benignVerdict.GetProperty("decision").GetString());
        var stored = (await host.VerdictRowsAsync()).Single(r => r.RowKey == sexualVerdict.GetProperty("verdictId").GetString());
        Assert.Equal("init-image", stored.GetString("Purpose"));
        Assert.Equal("block", stored.GetString("Decision"));
        Assert.Equal(sexual, stored.GetString("PromptVerdictId"));
    }

    private static class FaceRulesCodes
    {
        public const string Evidence = GenScreen.Core.Images.Faces.FaceRules.FacesEvidence;
    }
}
