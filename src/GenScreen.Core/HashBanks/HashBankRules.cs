using System.Globalization;
using GenScreen.Core.Images;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.HashBanks;

/// <summary>
/// What a bank match does to an image verdict, applied after every other rule has decided:
/// <list type="bullet">
/// <item>a block-bank match blocks, under every policy and whatever the classifier said, with the bank's (or the
/// entry's) category at severity 6 (7 for <see cref="HarmCategory.SexualMinors"/>) and reason <c>hash.match</c>
/// naming the bank, the distance and the matched entry;</item>
/// <item>an allow-bank match (a known false positive) lowers a decision that only the classifier's scores made by one
/// step (block → review, review → allow), reason <c>hash.allow-match</c>; a decision any other rule took part in
/// (minors, real people, the prompt, external detectors, faces, an unscreenable file) is left alone;</item>
/// <item>with both, the block match wins unless <see cref="HashBankOptions.AllowWinsOverBlock"/>.</item>
/// </list>
/// </summary>
public static class HashBankRules
{
    public const string Match = "hash.match";
    public const string AllowMatch = "hash.allow-match";

    /// <summary>
    /// Reasons that only the classifier's scores (and the policy reading them) produce. An allow match may soften a
    /// verdict only when every reason is one of these: an allow list is for the model's false positives, not for
    /// overruling a mission rule. New rules are therefore never softened unless added here.
    /// </summary>
    private static readonly HashSet<string> ClassifierOnly =
    [
        ReasonCodes.PolicySexual, ImageRules.ClassThreshold, ImageRules.ClassifierEvidence, ImagePolicyChoice.RequestIgnored,
    ];

    public static ImageVerdict Apply(ImageVerdict verdict, HashBankMatches matches, HashBankOptions options)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(options);
        if (matches.Block is { } block && !(matches.Allow is not null && options.AllowWinsOverBlock))
        {
            return Blocked(verdict, block);
        }

        return matches.Allow is { } allow ? Allowed(verdict, allow) : verdict;
    }

    private static ImageVerdict Blocked(ImageVerdict verdict, HashBankMatch match)
    {
        var category = match.Entry.Category ?? match.Bank.Category ?? HarmCategory.Sexual;
        var severity = category == HarmCategory.SexualMinors ? 7 : 6;
        var categories = verdict.Categories
            .Select(c => c.Category == category ? c with { Severity = Math.Max(c.Severity, severity) } : c)
            .ToList();
        if (categories.All(c => c.Category != category))
        {
            categories.Add(new CategorySeverity(category, severity));
        }

        var reason = new VerdictReason(Match, Describe(match, $"Matches a known image in block bank '{match.Bank.Name}' ({category}): blocked under every policy."), match.Bank.Name);
        return verdict with { Decision = Decision.Block, Categories = categories, Reasons = [reason, .. verdict.Reasons] };
    }

    private static ImageVerdict Allowed(ImageVerdict verdict, HashBankMatch match)
    {
        var classifierOnly = verdict.Reasons.All(r => ClassifierOnly.Contains(r.Code));
        var lowered = classifierOnly && verdict.Decision != Decision.Allow ? verdict.Decision - 1 : verdict.Decision;
        var effect = lowered != verdict.Decision
            ? $"the classifier's {WireNames.Of(verdict.Decision)} is lowered to {WireNames.Of(lowered)}."
            : verdict.Decision == Decision.Allow ? "nothing to lower." : "the decision was not the classifier's alone and stands.";
        var reason = new VerdictReason(AllowMatch, Describe(match, $"Matches a known false positive in allow bank '{match.Bank.Name}': {effect}"), match.Bank.Name);
        return verdict with { Decision = lowered, Reasons = [.. verdict.Reasons, reason] };
    }

    private static string Describe(HashBankMatch match, string what)
    {
        var e = match.Entry;
        var details = string.Join(", ", new[]
        {
            $"distance {match.Distance} ≤ {match.Bank.MaxDistance}",
            match.Variant == PdqDihedral.Original ? null : $"as {match.Variant}",
            match.Frame == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"frame {match.Frame}"),
            $"entry {e.Hash}",
            e.Label is null ? null : $"label '{e.Label}'",
            e.Source is null ? null : $"source '{e.Source}'",
            e.VerdictId is null ? null : $"verdict {e.VerdictId}",
        }.Where(s => s is not null));
        return $"{what} ({details})";
    }
}
