using System.Security.Cryptography;
using System.Text;
using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Review;

/// <summary>A queue listing: half-open time range [<see cref="From"/>, <see cref="To"/>), newest first, optional filters.</summary>
public sealed record ReviewQuery(
    DateTimeOffset From,
    DateTimeOffset To,
    int PageSize,
    string? Kind = null,
    Decision? Decision = null,
    HarmCategory? Category = null,
    string? Policy = null,
    string? UserId = null,
    string? Status = null)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 25;

    /// <summary>
    /// Binds a continuation token to the query it continues: a token replayed with other filters or another range would
    /// silently skip or repeat items, so it is refused instead. (The page size may change between pages.)
    /// </summary>
    public string Fingerprint()
    {
        var text = string.Join('\n', From.UtcTicks, To.UtcTicks, Kind, Decision, Category, Policy, UserId, Status);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }
}

/// <summary>One page of index rows and the token for the next (null when the range is exhausted).</summary>
public sealed record ReviewIndexPage(IReadOnlyList<ReviewIndexEntry> Entries, string? Continuation);
