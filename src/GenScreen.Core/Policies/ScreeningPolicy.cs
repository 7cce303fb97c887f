using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Policies;

/// <summary>
/// A named policy: thresholds for the Azure-aligned categories. The mission rules (minors with any
/// sexual signal, real people sexualized) are not thresholds: they apply under every policy.
/// </summary>
public sealed record ScreeningPolicy(
    string Name,
    string Description,
    CategoryThresholds Sexual,
    CategoryThresholds Violence,
    CategoryThresholds Hate,
    CategoryThresholds SelfHarm)
{
    /// <summary>The Azure-aligned categories a policy has thresholds for, with their reason codes.</summary>
    public static IReadOnlyList<(HarmCategory Category, string Code)> ThresholdCategories { get; } =
    [
        (HarmCategory.Sexual, ReasonCodes.PolicySexual),
        (HarmCategory.Violence, ReasonCodes.PolicyViolence),
        (HarmCategory.Hate, ReasonCodes.PolicyHate),
        (HarmCategory.SelfHarm, ReasonCodes.PolicySelfHarm),
    ];

    /// <summary>
    /// What this policy does with a category at a severity; the reason is null when it allows it. Prompt and
    /// image rules both judge their merged severities here, so thresholds read the same everywhere.
    /// </summary>
    public Decision Judge(HarmCategory category, string code, int severity, out VerdictReason? reason)
    {
        var decision = ThresholdsOf(category).DecisionFor(severity);
        reason = decision == Decision.Allow
            ? null
            : new VerdictReason(code, $"{category} severity {severity}: policy '{Name}' {(decision == Decision.Block ? "blocks" : "reviews")} {category} at this severity.");
        return decision;
    }

    /// <summary>
    /// True when this policy decides every category at every severity at least as strictly as <paramref name="other"/>
    /// (block ≥ review ≥ allow). Derived from the thresholds, so a custom policy file needs no ranking of its own.
    /// </summary>
    public bool IsAtLeastAsStrictAs(ScreeningPolicy other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (category, _) in ThresholdCategories)
        {
            for (var severity = 0; severity <= MaxSeverity; severity++)
            {
                if (ThresholdsOf(category).DecisionFor(severity) < other.ThresholdsOf(category).DecisionFor(severity))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private const int MaxSeverity = 7;

    private CategoryThresholds ThresholdsOf(HarmCategory category) => category switch
    {
        HarmCategory.Sexual => Sexual,
        HarmCategory.Violence => Violence,
        HarmCategory.Hate => Hate,
        HarmCategory.SelfHarm => SelfHarm,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Policies have thresholds for Sexual, Violence, Hate and SelfHarm."),
    };
}
