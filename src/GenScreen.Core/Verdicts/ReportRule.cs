namespace GenScreen.Core.Verdicts;

/// <summary>
/// Which verdicts must be reported (a CyberTipline-style report by a person): a <b>block</b> for sexual content
/// involving minors, i.e. reason <c>minors.sexual</c> (prompt or image rules, faces) or the
/// <see cref="HarmCategory.SexualMinors"/> category at its top severity 7 (a match in a block bank of that
/// category). Ambiguous ages (<c>minors.ambiguous-sexual</c>, severity 6) are blocked but not reported
/// automatically: a moderator who confirms them as minors corrects the category, and then they are.
/// </summary>
public static class ReportRule
{
    public const int ReportableSeverity = 7;

    public static bool Requires(Decision decision, IReadOnlyList<CategorySeverity> categories, IReadOnlyList<VerdictReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(reasons);
        if (decision != Decision.Block)
        {
            return false;
        }

        foreach (var reason in reasons)
        {
            if (reason.Code == Prompts.Rules.ReasonCodes.MinorsSexual)
            {
                return true;
            }
        }

        foreach (var c in categories)
        {
            if (c.Category == HarmCategory.SexualMinors && c.Severity >= ReportableSeverity)
            {
                return true;
            }
        }

        return false;
    }
}
