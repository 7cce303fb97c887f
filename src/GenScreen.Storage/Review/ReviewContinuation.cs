using System.Buffers.Text;
using System.Text.Json;

namespace GenScreen.Storage.Review;

/// <summary>
/// Where a listing stopped: the day partition it was in and, per shard, the last row key returned (or <c>~</c> when that
/// shard's day is done). Opaque to clients (base64url JSON); <see cref="TryParse"/> rejects anything it did not write
/// for this query and shard count.
/// </summary>
/// <remarks>
/// The token also carries the query's resolved time range, so a client that left <c>from</c>/<c>to</c> to their
/// defaults ("the last 30 days, until now") continues the same range on the next page rather than a moved one.
/// </remarks>
public sealed record ReviewContinuation(string Day, string?[] Cursors, string Fingerprint, long FromTicks, long ToTicks)
{
    public const string ShardDone = "~";

    public string Encode() =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Wire { V = 1, D = Day, C = Cursors, F = Fingerprint, R = [FromTicks, ToTicks] }));

    /// <summary>The time range a token was issued for (to fill in a query that leaves from/to to their defaults); false for a malformed token.</summary>
    public static bool TryReadRange(string token, out DateTimeOffset from, out DateTimeOffset to)
    {
        (from, to) = (default, default);
        try
        {
            if (JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(token)) is { R: [var f, var t] } && f >= DateTimeOffset.MinValue.UtcTicks && t <= DateTimeOffset.MaxValue.UtcTicks && f < t)
            {
                (from, to) = (new DateTimeOffset(f, TimeSpan.Zero), new DateTimeOffset(t, TimeSpan.Zero));
                return true;
            }
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
        }

        return false;
    }

    /// <summary>False for a token that is malformed, from another query (filters or range) or another shard count.</summary>
    public static bool TryParse(string token, string fingerprint, int shards, out ReviewContinuation? continuation)
    {
        continuation = null;
        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(token));
            if (wire is not { V: 1, D: { Length: 8 } day, C: { } cursors, F: { } f } || f != fingerprint || cursors.Length != shards
                || !day.All(char.IsAsciiDigit) || cursors.Any(c => c is not null && c != ShardDone && !ReviewIndexKeys.IsRowKey(c)))
            {
                return false;
            }

            continuation = new ReviewContinuation(day, cursors, f, wire.R is [var from, _] ? from : 0, wire.R is [_, var to] ? to : 0);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            return false;
        }
    }

    private sealed class Wire
    {
        public int V { get; set; }

        public string? D { get; set; }

        public string?[]? C { get; set; }

        public string? F { get; set; }

        public long[]? R { get; set; }
    }
}
