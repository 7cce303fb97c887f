using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Images;

/// <summary>
/// Blob index tags on allowed blobs. Consumers serve only screened content by querying them, e.g.
/// <c>BlobServiceClient.FindBlobsByTagsAsync("\"genscreen-decision\" = 'allow'")</c> (docs/images.md).
/// </summary>
public static class ScreenedTags
{
    public const string Decision = "genscreen-decision";
    public const string Receipt = "genscreen-receipt";
    public const string PolicyVersion = "genscreen-policy-version";

    /// <summary>Prefix of every tag GenScreen writes; an uploader's tags with it are forgeries and are dropped.</summary>
    public const string Prefix = "genscreen-";

    /// <summary>A blob may carry at most 10 index tags.</summary>
    public const int MaxTags = 10;

    public static Dictionary<string, string> For(ImageVerdictRecord record) => new()
    {
        [Decision] = WireNames.Of(record.Verdict.Decision),
        [Receipt] = record.ReceiptId,
        [PolicyVersion] = Sanitize(record.Verdict.PolicyVersion),
    };

    /// <summary>
    /// The tag set to write on an allowed blob: the uploader's own tags kept (up to the limit), any <c>genscreen-*</c>
    /// tag it set dropped (a forged <c>genscreen-decision=allow</c> never survives screening), ours added.
    /// </summary>
    public static Dictionary<string, string> Merge(IDictionary<string, string>? existing, ImageVerdictRecord record)
    {
        var ours = For(record);
        var merged = new Dictionary<string, string>(ours, StringComparer.Ordinal);
        foreach (var (key, value) in existing ?? new Dictionary<string, string>())
        {
            if (merged.Count >= MaxTags)
            {
                break;
            }

            if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                merged[key] = value;
            }
        }

        return merged;
    }

    /// <summary>Tag values allow only letters, digits, space and <c>+ - . / : = _</c> (up to 256 characters).</summary>
    public static string Sanitize(string value)
    {
        var chars = value.Select(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '+' or '-' or '.' or '/' or ':' or '=' or '_' ? c : '_').ToArray();
        return new string(chars, 0, Math.Min(chars.Length, 256));
    }
}
