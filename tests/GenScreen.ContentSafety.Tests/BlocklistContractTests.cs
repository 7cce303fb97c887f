using System.Text.Json;
using Azure;

namespace GenScreen.ContentSafety.Tests;

/// <summary>The /text/blocklists operations of REST 2024-09-01.</summary>
public sealed class BlocklistContractTests : LoopbackContractTest
{
    [Theory]
    [InlineData(201, false)]
    [InlineData(200, true)]
    public async Task CreateOrUpdateTextBlocklist_Description_SendsMergePatchAndParsesBlocklist(int status, bool async)
    {
        Server.Enqueue(ScriptedResponse.Json(status, WireExamples.BlocklistResponse));
        BlocklistClient client = TestClients.Blocklists(Server, Key);

        Response<TextBlocklist> response = async
            ? await client.CreateOrUpdateTextBlocklistAsync("TestBlocklist", "Test Blocklist")
            : client.CreateOrUpdateTextBlocklist("TestBlocklist", "Test Blocklist");

        Assert.Equal(status, response.GetRawResponse().Status);
        Assert.Equal("TestBlocklist", response.Value.Name);
        Assert.Equal("Test Blocklist", response.Value.Description);
        RecordedRequest request = Server.SingleRequest();
        Assert.Equal("PATCH", request.Method);
        Assert.Equal("/contentsafety/text/blocklists/TestBlocklist", request.Path);
        Assert.Equal(TestClients.ApiVersion, request.Query["api-version"]);
        Assert.Equal(Key, request.Header("Ocp-Apim-Subscription-Key"));
        Assert.StartsWith("application/merge-patch+json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal(["description"], request.JsonPropertyNames());
        Assert.Equal("Test Blocklist", request.Json().GetProperty("description").GetString());
    }

    [Fact]
    public async Task CreateOrUpdateTextBlocklistAsync_ProtocolMethod_SendsRawMergePatchBody()
    {
        Server.Enqueue(ScriptedResponse.Json(201, WireExamples.BlocklistResponse));

        Response response = await TestClients.Blocklists(Server, Key).CreateOrUpdateTextBlocklistAsync(
            "TestBlocklist", Azure.Core.RequestContent.Create(BinaryData.FromString("""{"description":"raw"}""")));

        Assert.Equal(201, response.Status);
        RecordedRequest request = Server.SingleRequest();
        Assert.Equal("""{"description":"raw"}""", request.Body);
        Assert.StartsWith("application/merge-patch+json", request.Header("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddOrUpdateBlocklistItemsAsync_DocumentedExample_SendsItemsAndParsesIds()
    {
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.AddOrUpdateItemsResponse));
        var items = new[]
        {
            new TextBlocklistItem("hate") { Description = "Hate word" },
            new TextBlocklistItem("b[i1][a@][s\\$]") { Description = "A regular expression that matches harmful words." },
        };

        AddOrUpdateTextBlocklistItemsResult result = (await TestClients.Blocklists(Server, Key)
            .AddOrUpdateBlocklistItemsAsync("TestBlocklist", new AddOrUpdateTextBlocklistItemsOptions(items))).Value;

        RecordedRequest request = Server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/contentsafety/text/blocklists/TestBlocklist:addOrUpdateBlocklistItems", request.Path);
        Assert.Equal(TestClients.ApiVersion, request.Query["api-version"]);
        Assert.Equal(["blocklistItems"], request.JsonPropertyNames());
        JsonElement[] sent = request.Json().GetProperty("blocklistItems").EnumerateArray().ToArray();
        Assert.Equal(["description", "text"], sent[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("b[i1][a@][s\\$]", sent[1].GetProperty("text").GetString());
        Assert.Equal(["9511969e-f1e3-4604-9127-05ee16c509ec", "d9b2d63d-a233-4123-847a-7d1b5b3b8a8e"], result.BlocklistItems.Select(i => i.BlocklistItemId));
        Assert.Equal("hate", result.BlocklistItems[0].Text);
    }

    [Fact]
    public async Task AddOrUpdateBlocklistItemsAsync_101Items_ThrowsBeforeSending()
    {
        var items = Enumerable.Range(0, 101).Select(i => new TextBlocklistItem("term" + i));

        await Assert.ThrowsAsync<ArgumentException>(() =>
            TestClients.Blocklists(Server, Key).AddOrUpdateBlocklistItemsAsync("TestBlocklist", new AddOrUpdateTextBlocklistItemsOptions(items)));

        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task AddOrUpdateBlocklistItemsAsync_ItemTextOver128Chars_ThrowsBeforeSending()
    {
        var items = new[] { new TextBlocklistItem(new string('x', 129)) };

        await Assert.ThrowsAsync<ArgumentException>(() =>
            TestClients.Blocklists(Server, Key).AddOrUpdateBlocklistItemsAsync("TestBlocklist", new AddOrUpdateTextBlocklistItemsOptions(items)));

        Assert.Empty(Server.Requests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RemoveBlocklistItems_Ids_SendsIdsAndAccepts204(bool async)
    {
        Server.Enqueue(ScriptedResponse.Empty(204));
        var options = new RemoveTextBlocklistItemsOptions(["9511969e-f1e3-4604-9127-05ee16c509ec"]);
        BlocklistClient client = TestClients.Blocklists(Server, Key);

        Response response = async
            ? await client.RemoveBlocklistItemsAsync("TestBlocklist", options)
            : client.RemoveBlocklistItems("TestBlocklist", options);

        Assert.Equal(204, response.Status);
        RecordedRequest request = Server.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/contentsafety/text/blocklists/TestBlocklist:removeBlocklistItems", request.Path);
        Assert.Equal(["blocklistItemIds"], request.JsonPropertyNames());
        Assert.Equal(["9511969e-f1e3-4604-9127-05ee16c509ec"], request.Json().GetProperty("blocklistItemIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task RemoveBlocklistItemsAsync_ServiceAnswers200_ThrowsBecauseOnly204IsSuccess()
    {
        Server.Enqueue(ScriptedResponse.Json(200, "{}"));

        await Assert.ThrowsAsync<RequestFailedException>(() =>
            TestClients.Blocklists(Server, Key).RemoveBlocklistItemsAsync("TestBlocklist", new RemoveTextBlocklistItemsOptions(["id"])));
    }

    [Fact]
    public async Task GetTextBlocklistAsync_Name_SendsGetAndParsesBlocklist()
    {
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.BlocklistResponse));

        TextBlocklist blocklist = (await TestClients.Blocklists(Server, Key).GetTextBlocklistAsync("TestBlocklist")).Value;

        Assert.Equal("TestBlocklist", blocklist.Name);
        RecordedRequest request = Server.SingleRequest();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/contentsafety/text/blocklists/TestBlocklist", request.Path);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public async Task GetTextBlocklistAsync_Missing_ThrowsResourceNotFound()
    {
        Server.Enqueue(ScriptedResponse.Error(404, "ResourceNotFound", "The blocklist does not exist."));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => TestClients.Blocklists(Server, Key).GetTextBlocklistAsync("Nope"));

        Assert.Equal(404, ex.Status);
        Assert.Equal("ResourceNotFound", ex.ErrorCode);
    }

    [Theory]
    [InlineData("../admin")]
    [InlineData("a b")]
    [InlineData("")]
    public async Task GetTextBlocklistAsync_InvalidName_ThrowsBeforeSending(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Blocklists(Server, Key).GetTextBlocklistAsync(name));

        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task GetTextBlocklistAsync_65CharName_ThrowsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Blocklists(Server, Key).GetTextBlocklistAsync(new string('a', 65)));

        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task GetTextBlocklistItemAsync_Ids_SendsGetToItemPath()
    {
        Server.Enqueue(ScriptedResponse.Json(200, """{"blocklistItemId":"9511969e-f1e3-4604-9127-05ee16c509ec","description":"Hate word","text":"hate"}"""));

        TextBlocklistItem item = (await TestClients.Blocklists(Server, Key)
            .GetTextBlocklistItemAsync("TestBlocklist", "9511969e-f1e3-4604-9127-05ee16c509ec")).Value;

        Assert.Equal("hate", item.Text);
        Assert.Equal("Hate word", item.Description);
        Assert.Equal("/contentsafety/text/blocklists/TestBlocklist/blocklistItems/9511969e-f1e3-4604-9127-05ee16c509ec", Server.SingleRequest().Path);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DeleteTextBlocklist_Name_SendsDeleteAndAccepts204(bool async)
    {
        Server.Enqueue(ScriptedResponse.Empty(204));
        BlocklistClient client = TestClients.Blocklists(Server, Key);

        Response response = async ? await client.DeleteTextBlocklistAsync("TestBlocklist") : client.DeleteTextBlocklist("TestBlocklist");

        Assert.Equal(204, response.Status);
        RecordedRequest request = Server.SingleRequest();
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/contentsafety/text/blocklists/TestBlocklist", request.Path);
        Assert.Equal(TestClients.ApiVersion, request.Query["api-version"]);
        Assert.Equal(Key, request.Header("Ocp-Apim-Subscription-Key"));
    }
}
