using GenScreen.Core.Verdicts;

namespace GenScreen.Evaluation;

/// <summary>
/// The reasons that differ between two verdicts of the same prompt, term evidence first: when a lexicon
/// change flips a decision, the added or removed <c>term.*</c> reason names the term that did it.
/// </summary>
public static class ReasonDiff
{
    public static IReadOnlyList<ReasonChange> Between(IReadOnlyList<VerdictReason> before, IReadOnlyList<VerdictReason> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<ReasonChange>();
        // Spans are left out of the comparison: the same term found at the same place is the same evidence,
        // while the message carries the level, so a term whose level changed shows as removed + added.
        foreach (var r in after)
        {
            if (!before.Any(b => SameEvidence(b, r)))
            {
                changes.Add(new ReasonChange(true, r.Code, r.Message, r.Term, r.Field));
            }
        }

        foreach (var r in before)
        {
            if (!after.Any(a => SameEvidence(a, r)))
            {
                changes.Add(new ReasonChange(false, r.Code, r.Message, r.Term, r.Field));
            }
        }

        return [.. changes.OrderBy(c => c.Term is null ? 1 : 0)];
    }

    private static bool SameEvidence(VerdictReason a, VerdictReason b) =>
        a.Code == b.Code && a.Term == b.Term && a.Field == b.Field && a.Message == b.Message;
}
