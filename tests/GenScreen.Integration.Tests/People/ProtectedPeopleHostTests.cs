using System.Text.Json;
using Azure.Data.Tables;
using GenScreen.Core.People;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Faces;
using GenScreen.Images.People;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;
using GenScreen.Integration.Tests.Images;
using GenScreen.Storage.Images;
using GenScreen.Storage.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.People;

/// <summary>
/// Protected people through a running host (the local host over Azurite, <c>People:Enabled=true</c>, the real face,
/// recognition and NSFW models), as an operator deploys them: a person is enrolled into the host's table from outside
/// the host (as <c>genscreen people enroll</c> does from another process), the host's refresh service picks the change
/// up without a restart, and generated images are screened by the blob pipeline and by <c>POST /api/screen/image</c>.
/// The enrolled person is skimage's astronaut (Eileen Collins' NASA portrait, one adult face, nothing suggestive in
/// it: the image alone is allowed under <c>mature</c>); the probe is the same photograph resized to 75 % and re-encoded
/// as JPEG at quality 70. The unrelated faces are face-api's demo sample1.jpg (three adults), also re-encoded. The
/// sexual prompt is one <c>mature</c> allows as a prompt ("nude woman lying on a bed"), so any block comes from the
/// face match. What the table, the rows and the answers hold never includes the person's name, only their id.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ProtectedPeopleHostTests(AzuriteFixture azurite)
{
    private const string Name = "Ilvana Treskowitz";
    private const string Alias = "Ivy Treskow";
    private const string SexualPrompt = """{"prompt":"nude woman lying on a bed","policy":"mature"}""";
    private static readonly TimeSpan Manual = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(60);

    private readonly string _root = GenScreen.LocalDev.RepositoryRoot.Find();

    private static string AstronautPath => Path.Combine(ImageHost.Samples, "astronaut.png");

    /// <summary>The enrolled person's photograph again, resized to 75 % and re-encoded as JPEG quality 70.</summary>
    private static byte[] EnrolledPersonReencoded() => PeoplePhotos.Reencoded(AstronautPath, 0.75, 70);

    /// <summary>Three unrelated adults (face-api's sample1.jpg) at 60 %, JPEG quality 70.</summary>
    private byte[] Strangers() => PeoplePhotos.Reencoded(PeoplePhotos.DemoPhoto(_root, "sample1"), 0.6, 70);

    private static Task<ImageHost> StartAsync(string connection, string peopleTable) =>
        ImageHost.StartAsync(connection, Manual, new Dictionary<string, string?>
        {
            ["People:Enabled"] = "true",
            ["People:TableName"] = peopleTable,
            ["People:RefreshInterval"] = "00:00:01",
        });

    /// <summary>Enrols as the CLI does: its own table client on the host's table, the host's face models (the same files).</summary>
    private async Task<EnrolledPerson> EnrollAsync(ImageHost host, string peopleTable)
    {
        var store = new TableProtectedPeopleStore(new TableServiceClient(azurite.ConnectionString), Options.Create(new ProtectedPeopleOptions { TableName = peopleTable }));
        var services = host.Host.App.Services;
        var enrollment = new PersonEnrollment(store, services.GetRequiredService<FaceEmbedder>(), new FaceAnalyzerLocator(services.GetRequiredService<FaceAnalyzer>()), TimeProvider.System);
        return await enrollment.EnrollAsync(Name, [Alias], "ops-test", [new EnrollmentPhoto("astronaut.png", File.ReadAllBytes(AstronautPath))], CancellationToken.None);
    }

    private static async Task WaitForPeopleAsync(ImageHost host, int people)
    {
        var matcher = host.Host.App.Services.GetRequiredService<ProtectedPersonMatcher>();
        var deadline = DateTime.UtcNow + RefreshWait;
        while (matcher.PersonCount != people)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the host's matcher still holds {matcher.PersonCount} people after {RefreshWait.TotalSeconds:0} s (expected {people})");
            await Task.Delay(200);
        }
    }

    private static async Task<string> PromptVerdictIdAsync(ImageHost host, string body)
    {
        using var response = await host.Host.PostJsonAsync(body);
        var verdict = await JsonAssert.ReadAsync(response);
        return verdict.GetProperty("verdictId").GetString()!;
    }

    private static async Task<JsonElement> ScreenPromptAsync(ImageHost host, string prompt)
    {
        using var response = await host.Host.PostJsonAsync(JsonSerializer.Serialize(new { prompt, policy = "mature" }));
        return await JsonAssert.ReadAsync(response);
    }

    private static IEnumerable<string> Codes(JsonElement verdict) => verdict.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!);

    private static List<string> RowCodes(TableEntity row)
    {
        using var reasons = JsonDocument.Parse(row.GetString("Reasons")!);
        return [.. reasons.RootElement.EnumerateArray().Select(r => r.GetProperty("code").GetString()!)];
    }

    private static async Task<TableEntity> RowAsync(ImageHost host, string blobName) =>
        (await host.VerdictRowsAsync()).Single(r => r.GetString("BlobName") == blobName);

    private static Dictionary<string, string> WithPrompt(string promptVerdictId) => new() { [QuarantineMetadata.PromptVerdictId] = promptVerdictId };

    [Fact]
    public async Task EnrolledPerson_ReencodedResizedPhoto_BlocksWithASexualPrompt_StrangersDoNot_BlobPathAndEndpoint()
    {
        var peopleTable = AzuriteFixture.UniqueTableName();
        await using var host = await StartAsync(azurite.ConnectionString, peopleTable);
        var sexualPromptId = await PromptVerdictIdAsync(host, SexualPrompt);
        var endpointQuery = $"?purpose=generated&policy=mature&promptVerdictId={sexualPromptId}";

        // Before anyone is enrolled: the same photo with the same prompt is allowed (blob and endpoint), and so is the alias in a prompt.
        await host.UploadAsync("before.jpg", EnrolledPersonReencoded(), WithPrompt(sexualPromptId));
        var before = await host.Service.ScreenAsync(host.Incoming.Name, "before.jpg", CancellationToken.None);
        Assert.Equal(Decision.Allow, before.Decision);
        using (var endpointBefore = await ImageEndpointClient.PostRawAsync(host.Host, EnrolledPersonReencoded(), endpointQuery, "image/jpeg"))
        {
            Assert.Equal("allow", (await JsonAssert.ReadAsync(endpointBefore)).GetProperty("decision").GetString());
        }

        Assert.DoesNotContain(ReasonCodes.RealPersonSexual, Codes(await ScreenPromptAsync(host, "ivy treskow, nude")));

        var person = await EnrollAsync(host, peopleTable);
        await WaitForPeopleAsync(host, 1);

        await host.UploadAsync("enrolled-alone.jpg", EnrolledPersonReencoded());
        await host.UploadAsync("enrolled-sexual.jpg", EnrolledPersonReencoded(), WithPrompt(sexualPromptId));
        await host.UploadAsync("strangers-sexual.jpg", Strangers(), WithPrompt(sexualPromptId));
        var alone = await host.Service.ScreenAsync(host.Incoming.Name, "enrolled-alone.jpg", CancellationToken.None);
        var sexual = await host.Service.ScreenAsync(host.Incoming.Name, "enrolled-sexual.jpg", CancellationToken.None);
        var strangers = await host.Service.ScreenAsync(host.Incoming.Name, "strangers-sexual.jpg", CancellationToken.None);
        // The very request answered "allow" before the enrolment: screened again, not replayed.
        using var endpoint = await ImageEndpointClient.PostRawAsync(host.Host, EnrolledPersonReencoded(), endpointQuery, "image/jpeg");
        var endpointBody = await endpoint.Content.ReadAsStringAsync();
        var endpointVerdict = JsonDocument.Parse(endpointBody).RootElement;
        var namedPrompt = await ScreenPromptAsync(host, "ivy treskow, nude");

        // The enrolled face alone, nothing sexual: allowed, the match recorded (by id) with a note.
        Assert.Equal(Decision.Allow, alone.Decision);
        var aloneRow = await RowAsync(host, "enrolled-alone.jpg");
        Assert.Contains($"\"person\":\"{person.Id}\"", aloneRow.GetString("Faces"), StringComparison.Ordinal);
        Assert.Contains(FaceRulesEvidence, RowCodes(aloneRow));

        // The enrolled face with the sexual prompt: blocked as real-person.sexual, the term the person's id, quarantined.
        Assert.Equal(Decision.Block, sexual.Decision);
        var sexualRow = await RowAsync(host, "enrolled-sexual.jpg");
        using (var reasons = JsonDocument.Parse(sexualRow.GetString("Reasons")!))
        {
            var reason = reasons.RootElement.EnumerateArray().Single(r => r.GetProperty("code").GetString() == ReasonCodes.RealPersonSexual);
            Assert.Equal(person.Id, reason.GetProperty("term").GetString());
            Assert.Contains("matches an enrolled protected person", reason.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Contains("the prompt is sexual", reason.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(1, sexualRow.GetInt32("FaceCount"));
        Assert.Contains($"\"person\":\"{person.Id}\"", sexualRow.GetString("Faces"), StringComparison.Ordinal);
        Assert.Equal("Quarantined", sexualRow.GetString("Action"));

        // Three unrelated adults with the same prompt: no match, allowed under mature.
        Assert.Equal(Decision.Allow, strangers.Decision);
        var strangersRow = await RowAsync(host, "strangers-sexual.jpg");
        Assert.True(strangersRow.GetInt32("FaceCount") >= 2, strangersRow.GetString("Faces"));
        Assert.DoesNotContain("\"person\":", strangersRow.GetString("Faces"), StringComparison.Ordinal);
        Assert.DoesNotContain(ReasonCodes.RealPersonSexual, RowCodes(strangersRow));

        // The synchronous endpoint decides the same way.
        Assert.True(endpoint.IsSuccessStatusCode, endpointBody);
        Assert.Equal("block", endpointVerdict.GetProperty("decision").GetString());
        Assert.Contains(ReasonCodes.RealPersonSexual, Codes(endpointVerdict));
        var matched = Assert.Single(endpointVerdict.GetProperty("faces").GetProperty("faces").EnumerateArray());
        Assert.Equal(person.Id, matched.GetProperty("protectedPerson").GetProperty("personId").GetString());

        // The enrolled names joined the host's prompt screening.
        Assert.Equal("block", namedPrompt.GetProperty("decision").GetString());
        Assert.Contains(ReasonCodes.RealPersonSexual, Codes(namedPrompt));

        // The name is the operator's secret: never in a row or an answer.
        foreach (var row in await host.VerdictRowsAsync())
        {
            Assert.DoesNotContain("Treskow", JsonSerializer.Serialize(row), StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Treskow", endpointBody, StringComparison.OrdinalIgnoreCase);

        // Removing the person does not release what was blocked meanwhile: the quarantined image's hash is in the
        // quarantined bank, so the same photo stays blocked (hash.match) until a moderator releases that verdict.
        Assert.True(await host.Host.App.Services.GetRequiredService<IProtectedPeopleStore>().RemoveAsync(person.Id, CancellationToken.None));
        await WaitForPeopleAsync(host, 0);
        await host.UploadAsync("after-removal.jpg", EnrolledPersonReencoded());
        var afterRemoval = await host.Service.ScreenAsync(host.Incoming.Name, "after-removal.jpg", CancellationToken.None);
        Assert.Equal(Decision.Block, afterRemoval.Decision);
        var afterRow = await RowAsync(host, "after-removal.jpg");
        var afterCodes = RowCodes(afterRow);
        Assert.Contains(GenScreen.Core.HashBanks.HashBankRules.Match, afterCodes);
        Assert.DoesNotContain(ReasonCodes.RealPersonSexual, afterCodes);
        Assert.DoesNotContain("\"person\":", afterRow.GetString("Faces"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnrolThenRemove_RunningHostFollowsBothWithoutARestart_EndpointScreensAnewEachTime()
    {
        var peopleTable = AzuriteFixture.UniqueTableName();
        await using var host = await StartAsync(azurite.ConnectionString, peopleTable);
        var sexualPromptId = await PromptVerdictIdAsync(host, SexualPrompt);
        var endpointQuery = $"?purpose=generated&policy=mature&promptVerdictId={sexualPromptId}";
        var store = host.Host.App.Services.GetRequiredService<IProtectedPeopleStore>();

        var person = await EnrollAsync(host, peopleTable);
        await WaitForPeopleAsync(host, 1);
        // Nothing is quarantined while enrolled (no sexual blob), so no hash of the photo enters the quarantined bank.
        await host.UploadAsync("enrolled.jpg", EnrolledPersonReencoded());
        var enrolled = await host.Service.ScreenAsync(host.Incoming.Name, "enrolled.jpg", CancellationToken.None);
        JsonElement enrolledEndpoint;
        using (var response = await ImageEndpointClient.PostRawAsync(host.Host, EnrolledPersonReencoded(), endpointQuery, "image/jpeg"))
        {
            enrolledEndpoint = await JsonAssert.ReadAsync(response);
        }

        var enrolledPrompt = await ScreenPromptAsync(host, "ivy treskow, nude");

        Assert.True(await store.RemoveAsync(person.Id, CancellationToken.None));
        await WaitForPeopleAsync(host, 0);
        await host.UploadAsync("removed.jpg", EnrolledPersonReencoded());
        var removed = await host.Service.ScreenAsync(host.Incoming.Name, "removed.jpg", CancellationToken.None);
        JsonElement removedEndpoint;
        using (var response = await ImageEndpointClient.PostRawAsync(host.Host, EnrolledPersonReencoded(), endpointQuery, "image/jpeg"))
        {
            removedEndpoint = await JsonAssert.ReadAsync(response);
        }

        var removedPrompt = await ScreenPromptAsync(host, "ivy treskow, nude");

        Assert.Equal(Decision.Allow, enrolled.Decision);
        Assert.Contains($"\"person\":\"{person.Id}\"", (await RowAsync(host, "enrolled.jpg")).GetString("Faces"), StringComparison.Ordinal);
        Assert.Equal("block", enrolledEndpoint.GetProperty("decision").GetString());
        Assert.Contains(ReasonCodes.RealPersonSexual, Codes(enrolledEndpoint));
        Assert.Contains(ReasonCodes.RealPersonSexual, Codes(enrolledPrompt));

        Assert.Equal(Decision.Allow, removed.Decision);
        var removedRow = await RowAsync(host, "removed.jpg");
        Assert.DoesNotContain("\"person\":", removedRow.GetString("Faces"), StringComparison.Ordinal);
        Assert.DoesNotContain(FaceRulesEvidence, RowCodes(removedRow));
        Assert.Equal("allow", removedEndpoint.GetProperty("decision").GetString());
        Assert.NotEqual(enrolledEndpoint.GetProperty("verdictId").GetString(), removedEndpoint.GetProperty("verdictId").GetString());
        Assert.DoesNotContain(ReasonCodes.RealPersonSexual, Codes(removedEndpoint));
        Assert.DoesNotContain(ReasonCodes.RealPersonSexual, Codes(removedPrompt));
        Assert.Empty(await ToListAsync(store.ListAsync(CancellationToken.None)));
    }

    private const string FaceRulesEvidence = GenScreen.Core.Images.Faces.FaceRules.ProtectedPersonEvidence;

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
