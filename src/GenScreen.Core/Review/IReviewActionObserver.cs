namespace GenScreen.Core.Review;

/// <summary>
/// Told after a moderator's action is done and audited (release, confirm, purge), e.g. by a repeat-offender counter
/// that counts confirmed violations per user. Kept minimal on purpose: one event, no return value. A failing observer
/// is logged and never undoes or fails the action (it is already recorded).
/// </summary>
public interface IReviewActionObserver
{
    Task OnReviewActionAsync(ReviewActionEvent action, CancellationToken cancellationToken);
}

/// <summary>One moderator action on one verdict.</summary>
/// <param name="VerdictId">The prompt verdict id or image verdict (receipt) id.</param>
/// <param name="Kind"><c>prompt</c> or <c>image</c>.</param>
/// <param name="Action"><c>release</c>, <c>confirm</c> or <c>purge</c>.</param>
/// <param name="UserId">The author: the prompt's user id, or for an image its correlated prompt's; null when unknown.</param>
/// <param name="Category">For a confirm: the category the moderator confirmed (possibly corrected).</param>
/// <param name="Operator">Who acted (Entra principal name in Azure, the configured operator locally).</param>
/// <param name="AuditId">The audit row that records the action.</param>
public sealed record ReviewActionEvent(
    string VerdictId,
    string Kind,
    string Action,
    string? UserId,
    Verdicts.HarmCategory? Category,
    string Operator,
    DateTimeOffset At,
    string AuditId);
