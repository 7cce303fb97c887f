using System.Security.Cryptography;
using System.Text;

namespace GenScreen.Storage.Verdicts;

/// <summary>SHA-256 of prompt text (UTF-8), lower-case hex: what is stored when the text is not.</summary>
public static class PromptHash
{
    public static string Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max <= 4096)
        {
            Span<byte> utf8 = stackalloc byte[max];
            var n = Encoding.UTF8.GetBytes(text, utf8);
            SHA256.HashData(utf8[..n], hash);
        }
        else
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        }

        return Convert.ToHexStringLower(hash);
    }
}
