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

    public static Dictionary<string, string> For(ImageVerdictRecord record) => new()
    {
        [Decision] = WireNames.Of(record.Verdict.Decision),
        [Receipt] = record.ReceiptId,
        [PolicyVersion] = Sanitize(record.Verdict.PolicyVersion),
    };

    /// <summary>Tag values allow only letters, digits, space and <c>+ - . / : = _</c> (up to 256 characters).</summary>
    public static string Sanitize(string value)
    {
        var chars = value.Select(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '+' or '-' or '.' or '/' or ':' or '=' or '_' ? c : '_').ToArray();
        return new string(chars, 0, Math.Min(chars.Length, 256));
    }
}
