using System.Net.Http.Json;
using System.Text.Json;

namespace GenScreen.Cli.Commands;

/// <summary>Screens a few sample prompts against a running GenScreen over HTTP, as a generator would.</summary>
internal static class SampleClient
{
    private static readonly (string Prompt, string? Negative, string Policy)[] Samples =
    [
        ("(masterpiece:1.2), best quality, a lighthouse on a cliff at sunset, dramatic clouds, <lora:film_grain:0.6>", "lowres, blurry, nsfw", "mature"),
        ("artistic nude portrait of an adult woman, soft studio light", null, "mature"),
        ("artistic nude portrait of an adult woman, soft studio light", null, "strict"),
        ("l1ttle g1rl, n.u.d.e", null, "mature"),
    ];

    public static async Task RunAsync(Uri address, TextWriter output, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = address };
        foreach (var (prompt, negative, policy) in Samples)
        {
            using var response = await http.PostAsJsonAsync(
                "api/screen/prompt",
                new { prompt, negativePrompt = negative, policy, requestId = $"sample-{Guid.NewGuid():N}" },
                cancellationToken).ConfigureAwait(false);
            using var verdict = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            var root = verdict.RootElement;
            var id = root.GetProperty("verdictId").GetString();
            var reasons = root.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
            var storage = response.Headers.TryGetValues("GenScreen-Storage", out var s) ? s.First() : "?";
            output.WriteLine($"\n> [{policy}] {prompt}");
            output.WriteLine($"  {root.GetProperty("decision").GetString()!.ToUpperInvariant()}  reasons: {string.Join(", ", reasons)}");
            output.WriteLine($"  verdict {id}, storage: {storage}");

            using var stored = await http.GetAsync(new Uri($"api/verdicts/{id}", UriKind.Relative), cancellationToken).ConfigureAwait(false);
            output.WriteLine($"  GET /api/verdicts/{id} -> {(int)stored.StatusCode}");
        }
    }
}
