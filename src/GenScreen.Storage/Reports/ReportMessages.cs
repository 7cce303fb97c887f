using GenScreen.Core.Verdicts;
using GenScreen.Storage.Images;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Storage.Reports;

/// <summary>Builds the queue message of a reportable verdict from what was recorded (ids, hashes, reason codes; never content).</summary>
public static class ReportMessages
{
    public static ReportMessage? For(StoredPromptVerdict stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var v = stored.Verdict;
        return ReportRule.Requires(v.Decision, v.Categories, v.Reasons)
            ? new ReportMessage(stored.VerdictId, ReportMessage.PromptKind, v.Reasons.Select(r => r.Code).Distinct().ToList(), v.PolicyVersion, stored.ScreenedAt,
                UserId: stored.UserId, PromptSha256: stored.PromptSha256)
            : null;
    }

    public static ReportMessage? For(ImageVerdictRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var v = record.Verdict;
        return ReportRule.Requires(v.Decision, v.Categories, v.Reasons)
            ? new ReportMessage(record.ReceiptId, ReportMessage.ImageKind, v.Reasons.Select(r => r.Code).Distinct().ToList(), v.PolicyVersion, record.ScreenedAt,
                ContentSha256: record.Facts?.ContentSha256, PdqHash: record.Facts?.Pdq?.Hash.ToString(), PromptVerdictId: record.PromptVerdictId,
                QuarantineBlob: record.QuarantineBlob)
            : null;
    }
}
