namespace GenScreen.Core.Verdicts;

/// <summary>The outcome of screening one prompt under one policy.</summary>
public sealed record PromptVerdict(
    Decision Decision,
    string Policy,
    string PolicyVersion,
    IReadOnlyList<CategorySeverity> Categories,
    IReadOnlyList<VerdictReason> Reasons)
{
    /// <summary>Severity of one category (0 when absent).</summary>
    public int SeverityOf(HarmCategory category)
    {
        foreach (var c in Categories)
        {
            if (c.Category == category)
            {
                return c.Severity;
            }
        }

        return 0;
    }
}
