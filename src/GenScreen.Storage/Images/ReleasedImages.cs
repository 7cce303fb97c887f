using System.Security.Cryptography;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Images;

/// <summary>
/// Recognises an image a moderator released back to its original container, so the blob trigger that fires for the
/// copy does not quarantine it again. The copy carries <see cref="QuarantineMetadata.Released"/> (the released verdict
/// id); that is believed only when the verdict row says <c>releasing</c>/<c>released</c> and the bytes hash to the
/// SHA-256 it recorded. Anyone may set the metadata; only the very bytes a moderator released pass.
/// </summary>
public static class ReleasedImages
{
    public const string ReleasedReason = "review.released";

    public static async Task<ImageScreenResult?> TryAsync(ImageVerdictStore verdicts, IDictionary<string, string> metadata, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(metadata);
        if (!metadata.TryGetValue(QuarantineMetadata.Released, out var id) || !Verdicts.VerdictIds.IsValid(id)
            || await verdicts.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { Record: { ReviewStatus: "released" or "releasing", Facts: { } facts } released }
            || Convert.ToHexStringLower(SHA256.HashData(content.Span)) != facts.ContentSha256)
        {
            return null;
        }

        var v = released.Verdict;
        var reasons = new List<VerdictReason> { new(ReleasedReason, $"Released by a moderator from quarantine (verdict {id}); the same bytes are not screened again.") };
        reasons.AddRange(v.Reasons);
        return new ImageScreenResult(new ImageVerdict(Decision.Allow, v.Policy, v.PolicyVersion, v.Categories, reasons), facts);
    }
}
