using GenScreen.Core.Review;

namespace GenScreen.Storage.Strikes;

/// <summary>
/// Feeds the repeat-offender count from moderators' confirmations (issue 11): a confirmed violation is a strike for its
/// author, once per verdict. A prompt block was already counted when it was screened, so confirming it adds nothing; a
/// confirmed `review` verdict, or an image whose prompt was allowed, adds the strike the screening did not.
/// </summary>
public sealed class ConfirmedViolationStrikes(StrikeLedger ledger) : IReviewActionObserver
{
    public const string Reason = "review.confirmed";

    public Task OnReviewActionAsync(ReviewActionEvent action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action is { Action: Review.ReviewNames.ConfirmAction, UserId: { Length: > 0 } userId }
            ? ledger.RecordOnceAsync(userId, action.VerdictId, action.Kind, action.At, Reason, cancellationToken)
            : Task.CompletedTask;
    }
}
