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
        [PolicyVersion] = record.Verdict.PolicyVersion,
    };
}
