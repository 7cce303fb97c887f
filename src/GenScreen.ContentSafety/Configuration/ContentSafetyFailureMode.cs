namespace GenScreen.ContentSafety;

/// <summary>What the screening pipeline does when Azure AI Content Safety fails or times out.</summary>
public enum ContentSafetyFailureMode
{
    /// <summary>
    /// Fail closed: the item goes to human review. Default, because a detector outage must never turn
    /// into silently allowing content.
    /// </summary>
    FailClosedToReview = 0,

    /// <summary>Continue with the local (lexicon and rule) verdict only, e.g. for offline development.</summary>
    LocalOnly = 1,
}
