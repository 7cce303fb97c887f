namespace GenScreen.Storage.Verdicts;

/// <summary>
/// <see cref="VerdictIdGenerator.ForRequest"/> over UTF-8 bytes, without making strings of the ids. The key's HMAC pad
/// states are computed once (<see cref="PaddedKeyHmacSha256"/>), so an id is two or three SHA-256 compressions in managed
/// code and no call into OpenSSL; the parts are hashed as written, without joining them first. Immutable after
/// construction: a worker may keep its own or share one.
/// </summary>
public sealed class RequestVerdictIdHasher : IDisposable
{
    private readonly PaddedKeyHmacSha256 _hmac;

    private static ReadOnlySpan<byte> Prefix => "prompt\n"u8;

    internal RequestVerdictIdHasher(byte[] key) => _hmac = new PaddedKeyHmacSha256(key);

    public string ForRequest(ReadOnlySpan<byte> userIdUtf8, ReadOnlySpan<byte> requestIdUtf8)
    {
        Span<byte> mac = stackalloc byte[PaddedKeyHmacSha256.HashSize];
        _hmac.Hash(Prefix, userIdUtf8, "\n"u8, requestIdUtf8, mac);
        return Convert.ToHexStringLower(mac[..16]);
    }

    /// <summary>Nothing to release (no native context any more); kept so callers' <c>using</c> and disposal stay as they were.</summary>
    public void Dispose()
    {
    }
}
