using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GenScreen.Storage.Images;

/// <summary>
/// Where a blob goes in the quarantine container. The source path is kept (<c>{container}/{name}</c>) only when the name
/// is plain: URI clients resolve <c>.</c> and <c>..</c> segments (a copy to <c>incoming/../../x</c> would land outside the
/// quarantine container), empty segments and trailing dots are normalised away by the service, control characters,
/// backslashes and percent signs read differently in logs, portals and tools, and bidi controls or invisible characters
/// make one name look like another. Any such name, and one too long to keep under the service's 1,024-character limit
/// with the quarantine prefixes, is stored under <c>{container}/.unsafe-names/{sha256 of the name}</c> instead; the
/// original name travels in metadata (<see cref="QuarantineMetadata.SourceName"/>, base64url of its UTF-8).
/// </summary>
public static class QuarantinePath
{
    /// <summary>Azure's limit on a blob name, in characters.</summary>
    public const int MaxBlobNameLength = 1_024;

    /// <summary>Room kept for <c>/.versions/{receipt}/</c> so both targets of a name are decided alike.</summary>
    private const int VersionPrefixReserve = 80;

    /// <summary>The primary target: <c>{container}/{blobName}</c>, or the hashed form for an unsafe name.</summary>
    public static string For(string container, string blobName) =>
        IsKept(container, blobName) ? $"{container}/{blobName}" : $"{container}/.unsafe-names/{Hash(blobName)}";

    /// <summary>Where a second screened version goes when the primary target holds another one.</summary>
    public static string ForVersion(string container, string receiptId, string blobName) =>
        IsKept(container, blobName) ? $"{container}/.versions/{receiptId}/{blobName}" : $"{container}/.versions/{receiptId}/.unsafe-names/{Hash(blobName)}";

    /// <summary>True when <paramref name="blobName"/> is kept as it is in quarantine paths.</summary>
    public static bool IsKept(string container, string blobName)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(blobName);
        return container.Length + 1 + blobName.Length + VersionPrefixReserve <= MaxBlobNameLength && IsPlain(blobName);
    }

    /// <summary>The original name for metadata (ASCII only there): base64url of its UTF-8 bytes.</summary>
    public static string EncodeName(string blobName) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(blobName)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || name.EndsWith('.') || name.EndsWith('/'))
        {
            return false;
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return false;
            }
        }

        foreach (var rune in EnumerateOrInvalid(name))
        {
            if (rune is null)
            {
                return false; // an unpaired surrogate
            }

            var r = rune.Value;
            var category = Rune.GetUnicodeCategory(r);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || r.Value is '\\' or '%' || Rune.IsWhiteSpace(r) && r.Value != ' ')
            {
                return false;
            }
        }

        return name.IsNormalized(NormalizationForm.FormC);
    }

    private static IEnumerable<Rune?> EnumerateOrInvalid(string s)
    {
        for (int i = 0; i < s.Length;)
        {
            if (Rune.TryGetRuneAt(s, i, out var r))
            {
                yield return r;
                i += r.Utf16SequenceLength;
            }
            else
            {
                yield return null;
                yield break;
            }
        }
    }

    private static string Hash(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
}
