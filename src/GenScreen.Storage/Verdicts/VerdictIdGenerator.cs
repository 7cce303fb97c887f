using System.Security.Cryptography;
using System.Text;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// The verdict id of a request that carries a <c>requestId</c>: HMAC-SHA-256, keyed with
/// <c>VerdictStore:IdKey</c>, over <c>"prompt\n" + userId + "\n" + requestId</c>, first 128 bits as hex.
/// Deterministic for one key, so a retried request finds its row (idempotency) across instances and
/// restarts; unpredictable without the key, so knowing a user id and a request id is not enough to name,
/// let alone read, someone else's verdict (an unkeyed hash was: issue 14, item 10). HMAC output is
/// uniform, so the partition spreading of <see cref="VerdictIds"/> is unchanged.
/// </summary>
/// <remarks>
/// The message is unambiguous although userId may contain anything: requestId comes last and cannot
/// contain control characters (the API rejects them), so the last "\n" always separates the two.
/// </remarks>
public sealed class VerdictIdGenerator
{
    /// <summary>Shortest key accepted, in characters (a key is used as its UTF-8 bytes): 32 random characters are well over 128 bits.</summary>
    public const int MinKeyLength = 32;

    private readonly byte[] _key;

    public VerdictIdGenerator(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinKeyLength)
        {
            throw new ArgumentException($"A verdict id key has at least {MinKeyLength} characters.", nameof(key));
        }

        _key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>
    /// A generator with a fresh random key, for a process that records nothing (<c>VerdictStore:Enabled=false</c>):
    /// its ids need not survive a restart because no row is ever looked up by them.
    /// </summary>
    public static VerdictIdGenerator WithRandomKey() => new(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    public string ForRequest(string? userId, string requestId)
    {
        ArgumentNullException.ThrowIfNull(requestId);
        var message = Encoding.UTF8.GetBytes($"prompt\n{userId}\n{requestId}");
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, message, mac);
        return Convert.ToHexStringLower(mac[..16]);
    }

    /// <summary>
    /// The verdict id of an image screened through <c>POST /api/screen/image</c>: the same HMAC over
    /// <c>"image\n" + sha256 + "\n" + purpose + "\n" + policy + "\n" + promptVerdictId + "\n" + prompt available</c>.
    /// The same bytes with the same inputs map to the same row (a retry gets the stored verdict back); whether the named
    /// prompt verdict could be read is part of the key, so a retry after a deferred prompt write lands is screened anew
    /// rather than replaying the fail-closed review. Every part is hex, a fixed name or a validated id: no separator
    /// can occur inside one. <paramref name="decisionState"/> names run-time state the decision also depends on (the
    /// enrolled protected people's snapshot, hex): when given, it is appended, so an answer recorded before an enrolment
    /// or a removal is not replayed after it; without it the id is what it always was.
    /// </summary>
    public string ForImage(string contentSha256, string purpose, string policy, string? promptVerdictId, bool promptAvailable, string? decisionState = null)
    {
        ArgumentNullException.ThrowIfNull(contentSha256);
        if (decisionState is not null && !decisionState.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("The decision state must be lower-case hex.", nameof(decisionState));
        }

        var state = decisionState is null ? "" : $"\npeople:{decisionState}";
        var message = Encoding.UTF8.GetBytes($"image\n{contentSha256}\n{purpose}\n{policy}\n{promptVerdictId}\n{(promptAvailable ? 1 : 0)}{state}");
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, message, mac);
        return Convert.ToHexStringLower(mac[..16]);
    }

    /// <summary>A reusable hasher for one thread, for bulk work that has the ids as UTF-8 bytes already.</summary>
    public RequestVerdictIdHasher CreateHasher() => new(_key);
}
