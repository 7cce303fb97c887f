namespace GenScreen.Storage.Verdicts;

/// <summary>
/// The outcome of a write and, for a replay or conflict, the verdict already stored; for a conflict, the
/// request fields (<see cref="DecisionInputs"/>) that differ from it.
/// </summary>
public sealed record VerdictWriteResult(VerdictWriteOutcome Outcome, StoredPromptVerdict? Existing = null, IReadOnlyList<string>? ConflictingFields = null);
