namespace GenScreen.Core.Verdicts;

/// <summary>The outcome of screening one prompt under one policy.</summary>
public sealed record PromptVerdict(
    Decision Decision,
    string Policy,
    string PolicyVersion,
    IReadOnlyList<CategorySeverity> Categories,
    IReadOnlyList<VerdictReason> Reasons)
{
    /// <summary>The generation mode the prompt was screened for (part of what decided it).</summary>
    public GenerationMode Mode { get; init; }

    /// <summary>
    /// Steering (docs/api.md): terms a generator should add to its negative prompt for an allowed prompt that
    /// depicts people, to keep minors out of what it generates. Empty when not applicable.
    /// </summary>
    public IReadOnlyList<string> NegativePromptAdditions { get; init; } = [];

    /// <summary>Steering: the operator's negative embedding (textual inversion) to load with them, if configured.</summary>
    public string? NegativeEmbedding { get; init; }

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
