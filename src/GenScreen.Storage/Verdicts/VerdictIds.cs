using System.Security.Cryptography;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Verdict ids are 32 lower-case hex digits (128 bits). With a request id they are a keyed HMAC of it
/// (<see cref="VerdictIdGenerator"/>: a retried request maps to the same row, and nobody without the key
/// can compute another user's id); without one they are random. Either way the first two digits are
/// uniformly spread, and they are the partition key: 256 partitions share the write load.
/// </summary>
public static class VerdictIds
{
    /// <summary>128 bits from the operating system's CSPRNG: unguessable, and uniformly spread over partitions.</summary>
    public static string NewRandom() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    public static bool IsValid(string? id) =>
        id is { Length: 32 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public static string PartitionOf(string verdictId) => verdictId[..2];
}
