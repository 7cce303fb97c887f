using System.Security.Cryptography;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// The verdict id of a bulk line: the id <c>POST /api/screen/prompt</c> gives a request whose
/// <c>requestId</c> is the line's id and that has no user id (<c>VerdictIds.ForRequest(null, id)</c>),
/// computed from the id's UTF-8 bytes without making a string of it. Deterministic, so the same file
/// screened twice under the same rules gives byte-identical output. One instance per worker: the hash
/// context is reused, which costs half of a one-shot <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/>.
/// </summary>
internal sealed class LineVerdictIds : IDisposable
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public string For(ReadOnlySpan<byte> idUtf8)
    {
        Span<byte> hash = stackalloc byte[32];
        _sha256.AppendData("prompt\n\n"u8);
        _sha256.AppendData(idUtf8);
        _sha256.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    public void Dispose() => _sha256.Dispose();
}
