using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Integration.Tests.Http;

namespace GenScreen.Integration.Tests.Review;

/// <summary>Calls the review routes of a running host as an admin (or as whoever the headers say).</summary>
internal sealed class ReviewClient(RunningHost host, string adminKey)
{
    public const string Operator = "moderator-ann";

    /// <summary>Settings of a host with an admin key, a named operator and review tables of its own.</summary>
    public static Dictionary<string, string?> Settings(string adminKey, IDictionary<string, string?>? extra = null)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var settings = new Dictionary<string, string?>
        {
            ["Admin:ApiKey"] = adminKey,
            ["Admin:OperatorName"] = Operator,
            ["Review:IndexTable"] = $"RIdx{id}",
            ["Review:AuditTable"] = $"RAud{id}",
            ["Review:HistoryTable"] = $"RHis{id}",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }

        return settings;
    }

    public Dictionary<string, string> Admin => new() { ["GenScreen-Admin-Key"] = adminKey };

    public Task<HttpResponseMessage> GetAsync(string path, IDictionary<string, string>? headers = null) => host.GetAsync(path, headers ?? Admin);

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<HttpResponseMessage> PostAsync(string path, string? json, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        }

        foreach (var (name, value) in headers ?? Admin)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await host.Client.SendAsync(request);
    }

    public async Task<JsonElement> PostJsonAsync(string path, string json)
    {
        using var response = await PostAsync(path, json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Screens a prompt; returns its verdict id.</summary>
    public async Task<string> ScreenAsync(string prompt, string? userId = null, string? policy = null)
    {
        var fields = new Dictionary<string, string> { ["prompt"] = prompt };
        if (userId is not null)
        {
            fields["userId"] = userId;
        }

        if (policy is not null)
        {
            fields["policy"] = policy;
        }

        using var response = await host.PostJsonAsync(JsonSerializer.Serialize(fields));
        return (await JsonAssert.ReadAsync(response)).GetProperty("verdictId").GetString()!;
    }
}
