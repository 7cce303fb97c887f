using System.Text.Json;
using Azure;

namespace GenScreen.ContentSafety.Tests;

/// <summary>POST {endpoint}/contentsafety/text:analyze?api-version=2024-09-01, as documented.</summary>
public sealed class AnalyzeTextContractTests : LoopbackContractTest
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnalyzeText_AllOptionsSet_SendsDocumentedRequest(bool async)
    {
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        ContentSafetyClient client = TestClients.Analysis(Server, Key);
        var options = new AnalyzeTextOptions("This is text example")
        {
            HaltOnBlocklistHit = true,
            OutputType = AnalyzeTextOutputType.EightSeverityLevels,
        };
        options.Categories.Add(TextCategory.Hate);
        options.Categories.Add(TextCategory.SelfHarm);
        options.BlocklistNames.Add("TestBlocklist");

        _ = async ? await client.AnalyzeTextAsync(options) : client.AnalyzeText(options);

        RecordedRequest request = Server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/contentsafety/text:analyze", request.Path);
        Assert.Equal(TestClients.ApiVersion, request.Query["api-version"]);
        Assert.Equal(Key, request.Header("Ocp-Apim-Subscription-Key"));
        Assert.Null(request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal(["text", "categories", "blocklistNames", "haltOnBlocklistHit", "outputType"], request.JsonPropertyNames());
        JsonElement json = request.Json();
        Assert.Equal("This is text example", json.GetProperty("text").GetString());
        Assert.Equal(["Hate", "SelfHarm"], json.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["TestBlocklist"], json.GetProperty("blocklistNames").EnumerateArray().Select(c => c.GetString()));
        Assert.True(json.GetProperty("haltOnBlocklistHit").GetBoolean());
        Assert.Equal("EightSeverityLevels", json.GetProperty("outputType").GetString());
    }

    [Fact]
    public void AnalyzeText_OnlyText_SendsOnlyTextField()
    {
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));

        TestClients.Analysis(Server, Key).AnalyzeText("This is text example");

        Assert.Equal(["text"], Server.SingleRequest().JsonPropertyNames());
    }

    [Fact]
    public async Task AnalyzeTextAsync_DocumentedExampleResponse_ParsesFourCategories()
    {
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));

        Response<AnalyzeTextResult> response = await TestClients.Analysis(Server, Key).AnalyzeTextAsync("This is text example");

        Assert.Equal(200, response.GetRawResponse().Status);
        Assert.Empty(response.Value.BlocklistsMatch);
        Assert.Equal(
            [TextCategory.Hate, TextCategory.SelfHarm, TextCategory.Sexual, TextCategory.Violence],
            response.Value.CategoriesAnalysis.Select(c => c.Category));
        Assert.All(response.Value.CategoriesAnalysis, c => Assert.Equal(0, c.Severity));
    }

    [Fact]
    public async Task AnalyzeTextAsync_BlocklistHitAndSeverities_ParsesMatchAndSeverities()
    {
        Server.Enqueue(ScriptedResponse.Json(200, """
            {"blocklistsMatch":[{"blocklistName":"TestBlocklist","blocklistItemId":"9511969e-f1e3-4604-9127-05ee16c509ec","blocklistItemText":"hate"}],
             "categoriesAnalysis":[{"category":"Hate","severity":4},{"category":"Violence","severity":6}]}
            """));

        AnalyzeTextResult result = (await TestClients.Analysis(Server, Key).AnalyzeTextAsync("some hate")).Value;

        TextBlocklistMatch match = Assert.Single(result.BlocklistsMatch);
        Assert.Equal("TestBlocklist", match.BlocklistName);
        Assert.Equal("9511969e-f1e3-4604-9127-05ee16c509ec", match.BlocklistItemId);
        Assert.Equal("hate", match.BlocklistItemText);
        Assert.Equal(4, result.CategoriesAnalysis.Single(c => c.Category == TextCategory.Hate).Severity);
        Assert.Equal(6, result.CategoriesAnalysis.Single(c => c.Category == TextCategory.Violence).Severity);
    }

    [Fact]
    public async Task AnalyzeTextAsync_MissingSeverityAndNewCategory_KeepsThemAsSent()
    {
        Server.Enqueue(ScriptedResponse.Json(200, """{"categoriesAnalysis":[{"category":"Hate"},{"category":"FutureCategory","severity":2}],"extra":1}"""));

        AnalyzeTextResult result = (await TestClients.Analysis(Server, Key).AnalyzeTextAsync("x")).Value;

        Assert.Null(result.CategoriesAnalysis[0].Severity);
        Assert.Equal("FutureCategory", result.CategoriesAnalysis[1].Category.ToString());
        Assert.Equal(2, result.CategoriesAnalysis[1].Severity);
        Assert.Empty(result.BlocklistsMatch);
    }

    [Fact]
    public async Task AnalyzeTextAsync_ResponseWithoutCategoriesAnalysis_ThrowsInsteadOfReportingClean()
    {
        Server.Enqueue(ScriptedResponse.Json(200, """{"blocklistsMatch":[]}"""));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => TestClients.Analysis(Server, Key).AnalyzeTextAsync("x"));

        Assert.Equal("InvalidResponseBody", ex.ErrorCode);
        Assert.Equal(200, ex.Status);
    }

    [Fact]
    public async Task AnalyzeTextAsync_NonJsonSuccessBody_ThrowsRequestFailedException()
    {
        Server.Enqueue(new ScriptedResponse(200, "<html>gateway</html>"));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => TestClients.Analysis(Server, Key).AnalyzeTextAsync("x"));

        Assert.Equal("InvalidResponseBody", ex.ErrorCode);
    }

    [Fact]
    public async Task AnalyzeTextAsync_Over10000CodePoints_ThrowsBeforeSending()
    {
        ContentSafetyClient client = TestClients.Analysis(Server, Key);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.AnalyzeTextAsync(new string('a', 10_001)));

        Assert.Contains("10001", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task AnalyzeTextAsync_10000SurrogatePairs_IsSentBecauseLimitCountsCodePoints()
    {
        // 10,000 emoji are 20,000 UTF-16 chars but 10,000 code points: within the documented limit.
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        string text = string.Concat(Enumerable.Repeat("\U0001F600", 10_000));

        await TestClients.Analysis(Server, Key).AnalyzeTextAsync(text);

        Assert.Equal(text, Server.SingleRequest().Json().GetProperty("text").GetString());
    }

    [Fact]
    public async Task AnalyzeTextAsync_InvalidBlocklistName_ThrowsBeforeSending()
    {
        var options = new AnalyzeTextOptions("x");
        options.BlocklistNames.Add("bad name/..");

        await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Analysis(Server, Key).AnalyzeTextAsync(options));

        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task AnalyzeTextAsync_ServiceVersion20231001_SendsThatApiVersion()
    {
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.AnalyzeTextResponse));
        var options = new ContentSafetyClientOptions(ContentSafetyClientOptions.ServiceVersion.V2023_10_01);

        await TestClients.Analysis(Server, Key, options).AnalyzeTextAsync("x");

        Assert.Equal("2023-10-01", Server.SingleRequest().Query["api-version"]);
    }

    [Fact]
    public async Task AnalyzeTextAsync_ProtocolMethodWithNoThrow_ReturnsErrorResponse()
    {
        Server.Enqueue(ScriptedResponse.Error(400, "InvalidRequestBody", "bad body"));
        ContentSafetyClient client = TestClients.Analysis(Server, Key);

        Response response = await client.AnalyzeTextAsync(
            Azure.Core.RequestContent.Create(BinaryData.FromString("""{"text":"raw"}""")),
            new RequestContext { ErrorOptions = ErrorOptions.NoThrow });

        Assert.Equal(400, response.Status);
        Assert.Equal("""{"text":"raw"}""", Server.SingleRequest().Body);
    }
}
