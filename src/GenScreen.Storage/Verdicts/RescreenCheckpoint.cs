namespace GenScreen.Storage.Verdicts;

/// <summary>
/// How far a re-screening run got: the last row done (in key order) for one target policy version. A run
/// interrupted at any point resumes after <see cref="LastDone"/>; a new policy version starts afresh.
/// </summary>
/// <param name="Scope">What is re-screened: kind and table, e.g. <c>prompt:PromptVerdicts</c>.</param>
/// <param name="RowsDone">Rows scanned by every run of this checkpoint so far.</param>
public sealed record RescreenCheckpoint(
    string Scope,
    string TargetPolicyVersion,
    TablePosition? LastDone,
    long RowsDone,
    bool Completed,
    DateTimeOffset UpdatedAt);
