using System.Buffers.Text;
using System.Text.Json;

namespace GenScreen.Storage.Review;

/// <summary>
/// Where a listing stopped: the day partition it was in and, per shard, the last row key returned (or <c>~</c> when that
/// shard's day is done). Opaque to clients (base64url JSON); <see cref="TryParse"/> rejects anything it did not write
/// for this query and shard count.
/// </summary>
public sealed record ReviewContinuation(string Day, string?[] Cursors, string Fingerprint)
{
    public const string ShardDone = "~";

    public string Encode() =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Wire { V = 1, D = Day, C = Cursors, F = Fingerprint }));

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

            continuation = new ReviewContinuation(day, cursors, f);
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
    }
}
