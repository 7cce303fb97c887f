using System.Security.Cryptography;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// <see cref="VerdictIdGenerator.ForRequest"/> over UTF-8 bytes, without making strings of the ids. Keeps one
/// HMAC context (not thread-safe: one per worker), which costs less than a one-shot HMAC per id.
/// </summary>
public sealed class RequestVerdictIdHasher : IDisposable
{
    /// <summary>Ids up to this many bytes in all are joined on the stack and hashed with one call.</summary>
    private const int MaxJoined = 512;

    private readonly IncrementalHash _hmac;

    private static ReadOnlySpan<byte> Prefix => "prompt\n"u8;

    internal RequestVerdictIdHasher(byte[] key) => _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);

    public string ForRequest(ReadOnlySpan<byte> userIdUtf8, ReadOnlySpan<byte> requestIdUtf8)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        // The same bytes as four appends, in one: each append is a call into OpenSSL (with its error-queue
        // bookkeeping), which cost more than the hashing of an id of a few dozen bytes (bulk screening's profile).
        var length = Prefix.Length + userIdUtf8.Length + 1 + requestIdUtf8.Length;
        if (length > MaxJoined)
        {
            _hmac.AppendData(Prefix);
            _hmac.AppendData(userIdUtf8);
            _hmac.AppendData("\n"u8);
            _hmac.AppendData(requestIdUtf8);
        }
        else
        {
            Span<byte> joined = stackalloc byte[MaxJoined];
            Prefix.CopyTo(joined);
            userIdUtf8.CopyTo(joined[Prefix.Length..]);
            joined[Prefix.Length + userIdUtf8.Length] = (byte)'\n';
            requestIdUtf8.CopyTo(joined[(Prefix.Length + userIdUtf8.Length + 1)..]);
            _hmac.AppendData(joined[..length]);
        }

        _hmac.GetHashAndReset(mac);
        return Convert.ToHexStringLower(mac[..16]);
    }

    public void Dispose() => _hmac.Dispose();
}
