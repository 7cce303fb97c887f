using System.Security.Cryptography;
using System.Text;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Verdict ids are 32 lower-case hex digits. With a request id they are derived from it (so a retried
/// request maps to the same row: idempotency); without one they are random. Either way the first two
/// digits are uniformly spread, and they are the partition key: 256 partitions share the write load.
/// </summary>
public static class VerdictIds
{
    public static string ForRequest(string? userId, string requestId)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"prompt\n{userId}\n{requestId}"));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    public static string NewRandom() => Guid.NewGuid().ToString("N");

    public static bool IsValid(string? id) =>
        id is { Length: 32 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public static string PartitionOf(string verdictId) => verdictId[..2];
}
