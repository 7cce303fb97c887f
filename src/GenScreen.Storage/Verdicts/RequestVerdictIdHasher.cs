using System.Security.Cryptography;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// <see cref="VerdictIdGenerator.ForRequest"/> over UTF-8 bytes, without making strings of the ids. Keeps one
/// HMAC context (not thread-safe: one per worker), which costs less than a one-shot HMAC per id.
/// </summary>
public sealed class RequestVerdictIdHasher : IDisposable
{
    private readonly IncrementalHash _hmac;

    internal RequestVerdictIdHasher(byte[] key) => _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);

    public string ForRequest(ReadOnlySpan<byte> userIdUtf8, ReadOnlySpan<byte> requestIdUtf8)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        _hmac.AppendData("prompt\n"u8);
        _hmac.AppendData(userIdUtf8);
        _hmac.AppendData("\n"u8);
        _hmac.AppendData(requestIdUtf8);
        _hmac.GetHashAndReset(mac);
        return Convert.ToHexStringLower(mac[..16]);
    }

    public void Dispose() => _hmac.Dispose();
}
