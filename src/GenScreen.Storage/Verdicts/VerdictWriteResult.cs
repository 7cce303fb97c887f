namespace GenScreen.Storage.Verdicts;

/// <summary>The outcome of a write and, for a replay or conflict, the verdict already stored.</summary>
public sealed record VerdictWriteResult(VerdictWriteOutcome Outcome, StoredPromptVerdict? Existing = null);
