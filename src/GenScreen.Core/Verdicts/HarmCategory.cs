namespace GenScreen.Core.Verdicts;

/// <summary>
/// Harm categories. The first four match Azure AI Content Safety (severity 0-7) so verdicts from both
/// sources merge; the last three are GenScreen's own, for the abuses this service exists to stop.
/// </summary>
public enum HarmCategory
{
    /// <summary>Hate speech and hate symbols.</summary>
    Hate,

    /// <summary>Self-harm and suicide.</summary>
    SelfHarm,

    /// <summary>Sexual content: 1 revealing, 2 suggestive, 4 nudity, 6 explicit.</summary>
    Sexual,

    /// <summary>Violence and gore.</summary>
    Violence,

    /// <summary>Sexual or suggestive content involving minors (CSAM risk). Always a block.</summary>
    SexualMinors,

    /// <summary>Minors are present (2 ambiguous youth signal, 4 unambiguous). Not a violation by itself.</summary>
    Minors,

    /// <summary>Sexualised content of a real, identifiable person (non-consensual deepfakes). Always a block.</summary>
    SexualRealPerson,
}
