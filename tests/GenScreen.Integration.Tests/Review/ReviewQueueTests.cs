using System.Net;
using System.Text.Json;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;

namespace GenScreen.Integration.Tests.Review;

/// <summary>
/// Issue 11, the queue over HTTP on the local host and real Azurite: blocked prompts are indexed when stored, listed
/// newest first across pages with continuation tokens, filtered by user, decision, category and kind; shown with their
/// history and audit; released and confirmed with an audit row each; bad input is a problem, never a guess.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ReviewQueueTests(AzuriteFixture azurite)
{
    private const string Blocked = "little girl, nude";
    private static readonly string AdminKey = RunningHost.NewKey();

    [Fact]
    public async Task List_pages_through_every_blocked_prompt_once_newest_first_and_filters_by_user()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, ReviewClient.Settings(AdminKey));
        var client = new ReviewClient(host, AdminKey);
        var blocked = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            blocked.Add(await client.ScreenAsync(Blocked, userId: i < 2 ? "user-a" : $"user-{i}"));
        }

        var allowed = await client.ScreenAsync("a cat sleeping on a sofa", userId: "user-a");

        var seen = new List<JsonElement>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await client.GetJsonAsync("api/review/items?pageSize=3&kind=prompt" + (token is null ? "" : "&continuation=" + Uri.EscapeDataString(token)));
            seen.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.GetProperty("continuation").GetString();
            pages++;
            Assert.True(pages < 20, "the continuation never ended");
        }
        while (token is not null);

        var ids = seen.Select(i => i.GetProperty("verdictId").GetString()).ToList();
        Assert.Equal(blocked.Order(), ids.Order());
        Assert.True(pages >= 3, $"7 items in pages of 3 took {pages} page(s)");
        Assert.DoesNotContain(allowed, ids);
        var times = seen.Select(i => i.GetProperty("screenedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.All(seen, i => Assert.Equal(("prompt", "block", "open", 1), (i.GetProperty("kind").GetString(), i.GetProperty("decision").GetString(), i.GetProperty("status").GetString(), i.GetProperty("version").GetInt32())));
        Assert.All(seen, i => Assert.Equal(Blocked, i.GetProperty("prompt").GetProperty("prompt").GetString()));

        var mine = await client.GetJsonAsync("api/review/items?userId=user-a");
        Assert.Equal(blocked.Take(2).Order(), mine.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("verdictId").GetString()).Order());
        var minors = await client.GetJsonAsync("api/review/items?category=SexualMinors&decision=block&pageSize=100");
        Assert.Equal(7, minors.GetProperty("items").GetArrayLength());
        var none = await client.GetJsonAsync("api/review/items?category=Violence");
        Assert.Equal(0, none.GetProperty("items").GetArrayLength());
        var images = await client.GetJsonAsync("api/review/items?kind=image");
        Assert.Equal(0, images.GetProperty("items").GetArrayLength());
        var past = await client.GetJsonAsync("api/review/items?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z");
        Assert.Equal(0, past.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Release_writes_a_new_version_keeps_the_old_one_and_audits_who_why_before_and_after()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, ReviewClient.Settings(AdminKey));
        var client = new ReviewClient(host, AdminKey);
        var id = await client.ScreenAsync(Blocked, userId: "user-r");

        var released = await client.PostJsonAsync($"api/review/items/{id}/release", """{"reason":"an anatomy textbook illustration, not a person"}""");

        var item = released.GetProperty("item");
        Assert.Equal(("released", 2), (item.GetProperty("status").GetString(), item.GetProperty("version").GetInt32()));
        Assert.Equal(ReviewClient.Operator, item.GetProperty("review").GetProperty("by").GetString());
        var audit = released.GetProperty("audit");
        Assert.Equal(("release", ReviewClient.Operator, "an anatomy textbook illustration, not a person"),
            (audit.GetProperty("action").GetString(), audit.GetProperty("operator").GetString(), audit.GetProperty("reason").GetString()));
        Assert.Equal(("open", 1), (audit.GetProperty("before").GetProperty("status").GetString(), audit.GetProperty("before").GetProperty("version").GetInt32()));
        Assert.Equal(("released", 2), (audit.GetProperty("after").GetProperty("status").GetString(), audit.GetProperty("after").GetProperty("version").GetInt32()));

        var detail = await client.GetJsonAsync($"api/review/items/{id}");
        var v1 = Assert.Single(detail.GetProperty("history").EnumerateArray());
        Assert.Equal((1, "open", "block"), (v1.GetProperty("version").GetInt32(), v1.GetProperty("status").GetString(), v1.GetProperty("decision").GetString()));
        Assert.Equal(audit.GetProperty("auditId").GetString(), v1.GetProperty("supersededByAudit").GetString());
        Assert.Single(detail.GetProperty("audit").EnumerateArray());
        var trail = await client.GetJsonAsync($"api/review/audit?verdictId={id}");
        Assert.Equal(audit.GetProperty("auditId").GetString(), Assert.Single(trail.GetProperty("audit").EnumerateArray()).GetProperty("auditId").GetString());

        // Released is final: a second release or a confirm is a conflict, and writes no audit row.
        using var again = await client.PostAsync($"api/review/items/{id}/release", """{"reason":"again"}""");
        await JsonAssert.ProblemAsync(again, 409, "urn:genscreen:problem:review-conflict");
        using var confirm = await client.PostAsync($"api/review/items/{id}/confirm", """{"reason":"changed my mind"}""");
        await JsonAssert.ProblemAsync(confirm, 409, "urn:genscreen:problem:review-conflict");
        Assert.Single((await client.GetJsonAsync($"api/review/audit?verdictId={id}")).GetProperty("audit").EnumerateArray());
        var open = await client.GetJsonAsync("api/review/items?status=open");
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), i => i.GetProperty("verdictId").GetString() == id);
        var done = await client.GetJsonAsync("api/review/items?status=released");
        Assert.Contains(done.GetProperty("items").EnumerateArray(), i => i.GetProperty("verdictId").GetString() == id);
    }

    [Fact]
    public async Task Confirm_records_the_corrected_category()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, ReviewClient.Settings(AdminKey));
        var client = new ReviewClient(host, AdminKey);
        var id = await client.ScreenAsync(Blocked, userId: "user-c");

        var confirmed = await client.PostJsonAsync($"api/review/items/{id}/confirm", """{"reason":"clearly a child","category":"sexualminors"}""");

        var item = confirmed.GetProperty("item");
        Assert.Equal(("confirmed", 2, "SexualMinors"), (item.GetProperty("status").GetString(), item.GetProperty("version").GetInt32(), item.GetProperty("review").GetProperty("confirmedCategory").GetString()));
        Assert.Equal("SexualMinors", confirmed.GetProperty("audit").GetProperty("after").GetProperty("confirmedCategory").GetString());
        Assert.False(confirmed.TryGetProperty("bankedIn", out _)); // a prompt has no image hash to bank
    }

    [Theory]
    [InlineData("release", """{"reason":"   "}""", "reason")]
    [InlineData("release", """{}""", "reason")]
    [InlineData("confirm", """{"reason":"x","category":"Spam"}""", "category")]
    public async Task Action_without_a_reason_or_with_an_unknown_category_is_400_and_changes_nothing(string action, string body, string field)
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, ReviewClient.Settings(AdminKey));
        var client = new ReviewClient(host, AdminKey);
        var id = await client.ScreenAsync(Blocked);

        using var response = await client.PostAsync($"api/review/items/{id}/{action}", body);

        var problem = await JsonAssert.ProblemAsync(response, 400, "urn:genscreen:problem:validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        var item = (await client.GetJsonAsync($"api/review/items/{id}")).GetProperty("item");
        Assert.Equal(("open", 1), (item.GetProperty("status").GetString(), item.GetProperty("version").GetInt32()));
    }

    [Theory]
    [InlineData("api/review/items/0123456789abcdef0123456789abcdef")]
    [InlineData("api/review/items/not-an-id")]
    [InlineData("api/review/items/0123456789abcdef0123456789abcdef/image")]
    public async Task Unknown_id_is_404(string path)
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, ReviewClient.Settings(AdminKey));
        var client = new ReviewClient(host, AdminKey);

        using var response = await client.GetAsync(path);

        await JsonAssert.ProblemAsync(response, 404, "urn:genscreen:problem:not-found");
        using var release = await client.PostAsync("api/review/items/0123456789abcdef0123456789abcdef/release", """{"reason":"x"}""");
        await JsonAssert.ProblemAsync(release, 404, "urn:genscreen:problem:not-found");
    }

    [Theory]
    [InlineData("continuation=garbage", "continuation")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("decision=allow", "decision")]
    [InlineData("kind=video", "kind")]
    [InlineData("category=Spam", "category")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    [InlineData("status=open&status=released", "status")]
    [InlineData("colour=red", "colour")]
    public async Task Bad_list_query_is_400_naming_the_parameter(string query, string field)
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, ReviewClient.Settings(AdminKey));
        var client = new ReviewClient(host, AdminKey);

        using var response = await client.GetAsync("api/review/items?" + query);

        var problem = await JsonAssert.ProblemAsync(response, 400, "urn:genscreen:problem:validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_continuation_token_replayed_with_other_filters_is_400()
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, ReviewClient.Settings(AdminKey));
        var client = new ReviewClient(host, AdminKey);
        await client.ScreenAsync(Blocked);
        await client.ScreenAsync(Blocked);
        var first = await client.GetJsonAsync("api/review/items?pageSize=1");
        var token = Uri.EscapeDataString(first.GetProperty("continuation").GetString()!);

        using var other = await client.GetAsync($"api/review/items?pageSize=1&decision=block&continuation={token}");

        await JsonAssert.ProblemAsync(other, 400, "urn:genscreen:problem:validation");
        Assert.Equal(1, (await client.GetJsonAsync($"api/review/items?pageSize=1&continuation={token}")).GetProperty("items").GetArrayLength());
    }

    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "api/review/items" },
        { "GET", "api/review/items/0123456789abcdef0123456789abcdef" },
        { "GET", "api/review/items/0123456789abcdef0123456789abcdef/image" },
        { "GET", "api/review/audit?verdictId=0123456789abcdef0123456789abcdef" },
        { "POST", "api/review/items/0123456789abcdef0123456789abcdef/release" },
        { "POST", "api/review/items/0123456789abcdef0123456789abcdef/confirm" },
        { "POST", "api/review/purge" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_review_route_refuses_anonymous_callers_function_keys_and_wrong_admin_keys(string method, string path)
    {
        await using var host = await RunningHost.StartAsync(azurite.ConnectionString, ReviewClient.Settings(AdminKey));
        var client = new ReviewClient(host, AdminKey);
        const string Body = """{"reason":"x","execute":true}""";
        Task<HttpResponseMessage> Call(Dictionary<string, string> headers, string suffix = "") =>
            method == "GET" ? client.GetAsync(path + suffix, headers) : client.PostAsync(path + suffix, Body, headers);

        using var anonymous = await Call([]);
        await JsonAssert.ProblemAsync(anonymous, 401, "urn:genscreen:problem:unauthorized");
        // An ordinary screening key (header or ?code=) is not an admin credential.
        using var functionKey = await Call(new() { ["x-functions-key"] = RunningHost.NewKey() });
        await JsonAssert.ProblemAsync(functionKey, 401, "urn:genscreen:problem:unauthorized");
        using var code = await Call([], (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "code=" + Uri.EscapeDataString(RunningHost.NewKey()));
        await JsonAssert.ProblemAsync(code, 401, "urn:genscreen:problem:unauthorized");
        using var wrong = await Call(new() { ["GenScreen-Admin-Key"] = RunningHost.NewKey() });
        await JsonAssert.ProblemAsync(wrong, 403, "urn:genscreen:problem:forbidden");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }
}
