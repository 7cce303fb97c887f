using System.Text.Json;
using GenScreen.Core.Verdicts;
using GenScreen.Http.Contracts;
using GenScreen.Http.Problems;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Endpoints.Review;

/// <summary>The body of release, confirm and purge: <c>{"reason": "...", "category": "...", "execute": true}</c> (each route reads its fields).</summary>
public sealed record ReviewActionBody(string? Reason, HarmCategory? Category, bool Execute)
{
    private static readonly string[] GivenTwice = ["Given more than once."];

    public static async Task<(ReviewActionBody? Body, Problem? Problem)> ReadAsync(HttpRequest request, bool allowCategory, bool allowExecute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (bytes, problem) = await RequestBodyReader.ReadJsonAsync(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            return (null, new Problem(400, ProblemTypes.InvalidJson, "The request body is not valid JSON.", $"Line {ex.LineNumber}, byte {ex.BytePositionInLine}: {ex.Message}"));
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, new Problem(400, ProblemTypes.InvalidJson, "The request body must be a JSON object.", "Send {\"reason\": \"...\"}."));
            }

            if (DuplicateProperties.Find(root) is { Count: > 0 } duplicates)
            {
                return (null, new Problem(400, ProblemTypes.DuplicateProperty, "A property appears twice.", $"Give each property once: {string.Join(", ", duplicates)}.",
                    duplicates.ToDictionary(d => d, _ => GivenTwice)));
            }

            var errors = new Dictionary<string, string[]>();
            string? reason = null;
            if (!root.TryGetProperty("reason", out var r) || r.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(r.GetString()))
            {
                if (!allowExecute)
                {
                    errors["reason"] = ["Required: a non-blank string saying why (kept in the audit trail)."];
                }
            }
            else
            {
                reason = r.GetString();
            }

            HarmCategory? category = null;
            if (allowCategory && root.TryGetProperty("category", out var c) && c.ValueKind != JsonValueKind.Null)
            {
                if (c.ValueKind == JsonValueKind.String && Enum.TryParse<HarmCategory>(c.GetString(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !c.GetString()!.All(char.IsAsciiDigit))
                {
                    category = parsed;
                }
                else
                {
                    errors["category"] = [$"One of {string.Join(", ", Enum.GetNames<HarmCategory>())}."];
                }
            }

            var execute = false;
            if (allowExecute && root.TryGetProperty("execute", out var e))
            {
                if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    execute = e.GetBoolean();
                }
                else
                {
                    errors["execute"] = ["true or false (default false: a dry run)."];
                }
            }

            if (allowExecute && execute && reason is null)
            {
                errors["reason"] = ["Required to purge: a non-blank string saying why (kept in the audit trail)."];
            }

            return errors.Count > 0
                ? (null, new Problem(400, ProblemTypes.Validation, "Invalid review action.", "See 'errors' for each invalid field.", errors))
                : (new ReviewActionBody(reason, category, execute), null);
        }
    }
}
