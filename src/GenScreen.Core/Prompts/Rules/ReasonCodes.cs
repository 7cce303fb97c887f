namespace GenScreen.Core.Prompts.Rules;

/// <summary>Stable reason codes (documented in docs/categories.md). Clients may switch on them.</summary>
public static class ReasonCodes
{
    // Mission rules: apply under every policy.
    public const string MinorsSexual = "minors.sexual";
    public const string MinorsRevealing = "minors.revealing";
    public const string AmbiguousMinorsSexual = "minors.ambiguous-sexual";
    public const string AmbiguousMinorsWithAdultMarker = "minors.ambiguous-with-adult-marker";
    public const string AmbiguousMinorsSuggestive = "minors.ambiguous-suggestive";
    public const string LikelyMinorsSuggestive = "minors.likely-suggestive";
    public const string RealPersonSexual = "real-person.sexual";
    public const string RealPersonRevealing = "real-person.revealing";
    public const string RealPersonHintSexual = "real-person.hint-sexual";
    public const string RealPersonHintSuggestive = "real-person.hint-suggestive";
    public const string RealPersonNudify = "real-person.nudify";
    public const string RealPersonLikelySexual = "real-person.likely-sexual";
    public const string RealPersonLikelyExposed = "real-person.likely-exposed";

    // Policy thresholds.
    public const string PolicySexual = "policy.sexual";
    public const string PolicyViolence = "policy.violence";
    public const string PolicyHate = "policy.hate";
    public const string PolicySelfHarm = "policy.self-harm";

    // Evidence: which term raised which signal.
    public const string TermSexual = "term.sexual";
    public const string TermMinor = "term.minor";
    public const string TermAdult = "term.adult";
    public const string TermRealPerson = "term.real-person";
    public const string TermRealPersonHint = "term.real-person-hint";
    public const string TermRealPersonLikely = "term.real-person-likely";
    public const string TermUndress = "term.undress";
    public const string TermViolence = "term.violence";
    public const string TermHate = "term.hate";
    public const string TermSelfHarm = "term.self-harm";
    public const string NegativeNudityIntent = "negative.nudity-intent";
    public const string NegativeMinorIntent = "negative.minor-intent";
}
