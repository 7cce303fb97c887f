using System.Globalization;
using GenScreen.Core.Verdicts;
using GenScreen.Http.Problems;
using GenScreen.Storage.Review;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Endpoints.Review;

/// <summary>
/// Reads <c>GET /api/review/items</c>'s query string into a <see cref="ReviewQuery"/> and its continuation; every
/// invalid parameter is reported at once (400 validation, keyed by parameter).
/// </summary>
public static class ReviewQueryParser
{
    private static readonly string[] Known = ["kind", "decision", "category", "policy", "userId", "status", "from", "to", "pageSize", "continuation", "code"];

    public static (ReviewQuery? Query, ReviewContinuation? Continuation, Problem? Problem) Parse(IQueryCollection q, DateTimeOffset now, ReviewOptions options, int shards)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new Dictionary<string, string[]>();
        string? One(string name)
        {
            var values = q[name];
            if (values.Count > 1)
            {
                errors[name] = [$"'{name}' is given {values.Count} times; give it once."];
                return null;
            }

            return values.Count == 1 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;
        }

        var kind = One("kind");
        if (kind is not null && !ReviewNames.Kinds.Contains(kind))
        {
            errors["kind"] = ["'kind' is 'prompt' or 'image'."];
        }

        Decision? decision = null;
        if (One("decision") is { } d)
        {
            if (d is "review" or "block" && WireNames.TryParseDecision(d, out var parsed))
            {
                decision = parsed;
            }
            else
            {
                errors["decision"] = ["'decision' is 'review' or 'block' (allowed verdicts are not in the queue)."];
            }
        }

        HarmCategory? category = null;
        if (One("category") is { } c)
        {
            if (Enum.TryParse<HarmCategory>(c, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !c.All(char.IsAsciiDigit))
            {
                category = parsed;
            }
            else
            {
                errors["category"] = [$"Unknown category '{c}'; one of {string.Join(", ", Enum.GetNames<HarmCategory>())}."];
            }
        }

        var policy = One("policy");
        if (policy is { Length: > 64 })
        {
            errors["policy"] = ["'policy' has at most 64 characters."];
        }

        var user = One("userId");
        if (user is { Length: > 128 })
        {
            errors["userId"] = ["'userId' has at most 128 characters."];
        }

        var status = One("status");
        if (status is not null && !ReviewNames.Statuses.Contains(status))
        {
            errors["status"] = [$"'status' is one of {string.Join(", ", ReviewNames.Statuses)}."];
        }

        // Defaults continue the range the first page resolved (carried in the token), else the last DefaultWindow until now.
        var token = One("continuation");
        var tokenRange = token is not null && ReviewContinuation.TryReadRange(token, out var tokenFrom, out var tokenTo) ? (tokenFrom, tokenTo) : ((DateTimeOffset, DateTimeOffset)?)null;
        var to = Time(One("to"), "to", errors) ?? tokenRange?.Item2 ?? now;
        var from = Time(One("from"), "from", errors) ?? tokenRange?.Item1 ?? to - options.DefaultWindow;
        if (!errors.ContainsKey("from") && !errors.ContainsKey("to") && from >= to)
        {
            errors["from"] = ["'from' must be before 'to'."];
        }

        var pageSize = ReviewQuery.DefaultPageSize;
        if (One("pageSize") is { } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > ReviewQuery.MaxPageSize))
        {
            errors["pageSize"] = [$"'pageSize' is a whole number from 1 to {ReviewQuery.MaxPageSize}."];
        }

        foreach (var unknown in q.Keys.Where(k => !Known.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            errors[unknown] = [$"Unknown parameter '{unknown}'; known: {string.Join(", ", Known.Where(k => k != "code"))}."];
        }

        if (errors.Count > 0)
        {
            return (null, null, Invalid(errors));
        }

        var query = new ReviewQuery(from, to, pageSize, kind, decision, category, policy, user, status);
        ReviewContinuation? continuation = null;
        if (token is not null && !ReviewContinuation.TryParse(token, query.Fingerprint(), shards, out continuation))
        {
            return (null, null, Invalid(new Dictionary<string, string[]>
            {
                ["continuation"] = ["Not a continuation token of this query: pass back the 'continuation' of the previous page unchanged, with the same filters and the same from/to."],
            }));
        }

        return (query, continuation, null);
    }

    private static DateTimeOffset? Time(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) && value.Length >= 10)
        {
            return t.ToUniversalTime();
        }

        errors[name] = [$"'{name}' is an ISO 8601 time, e.g. 2026-12-01T00:00:00Z."];
        return null;
    }

    private static Problem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(400, ProblemTypes.Validation, "Invalid review query.", "See 'errors' for each invalid parameter.", errors);
}
