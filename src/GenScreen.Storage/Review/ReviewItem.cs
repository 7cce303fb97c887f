using GenScreen.Core.Verdicts;
using GenScreen.Storage.Images;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Storage.Review;

/// <summary>The review columns of a verdict row: its status and version, and the last moderator action.</summary>
public sealed record ReviewState(
    string Status,
    int Version,
    string? By = null,
    string? ById = null,
    DateTimeOffset? At = null,
    string? Reason = null,
    string? AuditId = null,
    HarmCategory? ConfirmedCategory = null,
    string? ReleasedTo = null,
    DateTimeOffset? EvidencePurgedAt = null);

/// <summary>
/// A verdict as a moderator sees it: a prompt verdict (<see cref="Prompt"/>), or an image verdict (<see cref="Image"/>)
/// with its correlated prompt verdict when it names one and it is stored (<see cref="Prompt"/>), and the review state.
/// </summary>
public sealed record ReviewItem(string Kind, string VerdictId, ReviewState State, StoredPromptVerdict? Prompt, ImageVerdictRecord? Image)
{
    public Decision Decision => Image?.Verdict.Decision ?? Prompt!.Verdict.Decision;

    public DateTimeOffset ScreenedAt => Image?.ScreenedAt ?? Prompt!.ScreenedAt;

    public string Policy => Image?.Verdict.Policy ?? Prompt!.Verdict.Policy;

    public IReadOnlyList<CategorySeverity> Categories => Image?.Verdict.Categories ?? Prompt!.Verdict.Categories;

    public IReadOnlyList<VerdictReason> Reasons => Image?.Verdict.Reasons ?? Prompt!.Verdict.Reasons;

    /// <summary>The author: the prompt's user id (for an image, its correlated prompt's).</summary>
    public string? UserId => Prompt?.UserId;

    /// <summary>Whether the quarantined image can be viewed (through the admin proxy): quarantined, not released, not purged.</summary>
    public bool ImageAvailable => Image is { Action: ImageAction.Quarantined, QuarantineBlob: not null }
        && State.Status is not (ReviewNames.Released or ReviewNames.Releasing) && State.EvidencePurgedAt is null;

    /// <summary>The strongest category with a severity above 0 (ties: the more specific one), what a confirmation records by default.</summary>
    public HarmCategory? StrongestCategory => Categories.Where(c => c.Severity > 0)
        .OrderByDescending(c => c.Severity).ThenBy(c => c.Category == HarmCategory.Sexual ? 1 : 0)
        .Select(c => (HarmCategory?)c.Category).FirstOrDefault();
}
