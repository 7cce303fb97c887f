using Azure;

namespace GenScreen.ContentSafety.Tests;

/// <summary>Paged lists ({ value, nextLink }) and the query parameters top, skip and maxpagesize.</summary>
public sealed class BlocklistPagingContractTests : LoopbackContractTest
{
    [Fact]
    public void GetTextBlocklists_AbsoluteNextLink_FollowsItWithApiVersionAndKey()
    {
        string nextLink = new Uri(Server.Endpoint, "/contentsafety/text/blocklists?api-version=2024-09-01&skip=1").AbsoluteUri;
        Server.Enqueue(
            ScriptedResponse.Json(200, $$"""{"value":[{"blocklistName":"First","description":"one"}],"nextLink":"{{nextLink}}"}"""),
            ScriptedResponse.Json(200, """{"value":[{"blocklistName":"Second"}]}"""));

        List<TextBlocklist> all = TestClients.Blocklists(Server, Key).GetTextBlocklists().ToList();

        Assert.Equal(["First", "Second"], all.Select(b => b.Name));
        Assert.Null(all[1].Description);
        IReadOnlyList<RecordedRequest> requests = Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal("/contentsafety/text/blocklists", requests[0].Path);
        Assert.Equal("1", requests[1].Query["skip"]);
        Assert.All(requests, r => Assert.Equal(TestClients.ApiVersion, r.Query["api-version"]));
        Assert.All(requests, r => Assert.Equal(Key, r.Header("Ocp-Apim-Subscription-Key")));
    }

    [Fact]
    public async Task GetTextBlocklistItemsAsync_PagingArguments_SendsTopSkipMaxPageSizeAndIgnoresUnknownFields()
    {
        Server.Enqueue(ScriptedResponse.Json(200, WireExamples.ListItemsResponse));
        var items = new List<TextBlocklistItem>();

        await foreach (TextBlocklistItem item in TestClients.Blocklists(Server, Key).GetTextBlocklistItemsAsync("TestBlocklist", maxCount: 10, skip: 5, maxpagesize: 2))
        {
            items.Add(item);
        }

        Assert.Equal(["hate", "b[i1][a@][s\\$]"], items.Select(i => i.Text));
        RecordedRequest request = Server.SingleRequest();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/contentsafety/text/blocklists/TestBlocklist/blocklistItems", request.Path);
        Assert.Equal("10", request.Query["top"]);
        Assert.Equal("5", request.Query["skip"]);
        Assert.Equal("2", request.Query["maxpagesize"]);
        Assert.Equal(TestClients.ApiVersion, request.Query["api-version"]);
    }

    [Fact]
    public async Task GetTextBlocklistItemsAsync_RelativeNextLinkWithoutApiVersion_AddsApiVersion()
    {
        Server.Enqueue(
            ScriptedResponse.Json(200, """{"value":[{"blocklistItemId":"a","text":"one"}],"nextLink":"text/blocklists/TestBlocklist/blocklistItems?skip=1"}"""),
            ScriptedResponse.Json(200, """{"value":[{"blocklistItemId":"b","text":"two"}]}"""));

        var ids = new List<string?>();
        await foreach (TextBlocklistItem item in TestClients.Blocklists(Server, Key).GetTextBlocklistItemsAsync("TestBlocklist"))
        {
            ids.Add(item.BlocklistItemId);
        }

        Assert.Equal(["a", "b"], ids);
        RecordedRequest second = Server.Requests[1];
        Assert.Equal("/contentsafety/text/blocklists/TestBlocklist/blocklistItems", second.Path);
        Assert.Equal("1", second.Query["skip"]);
        Assert.Equal(TestClients.ApiVersion, second.Query["api-version"]);
    }

    [Fact]
    public void GetTextBlocklists_NextLinkToAnotherHost_RefusesToSendCredential()
    {
        Server.Enqueue(ScriptedResponse.Json(200, """{"value":[{"blocklistName":"First"}],"nextLink":"https://attacker.example/steal"}"""));

        var ex = Assert.Throws<RequestFailedException>(() => TestClients.Blocklists(Server, Key).GetTextBlocklists().ToList());

        Assert.Equal("InvalidNextLink", ex.ErrorCode);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public void GetTextBlocklists_PageWithoutValue_ThrowsInvalidResponseBody()
    {
        Server.Enqueue(ScriptedResponse.Json(200, """{"items":[]}"""));

        var ex = Assert.Throws<RequestFailedException>(() => TestClients.Blocklists(Server, Key).GetTextBlocklists().ToList());

        Assert.Equal("InvalidResponseBody", ex.ErrorCode);
    }
}
