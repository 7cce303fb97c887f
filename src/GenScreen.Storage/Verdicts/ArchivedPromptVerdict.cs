namespace GenScreen.Storage.Verdicts;

/// <summary>An earlier version of a prompt verdict, kept when re-screening replaced it.</summary>
/// <param name="SupersededBy">The policy version of the verdict that replaced it.</param>
public sealed record ArchivedPromptVerdict(StoredPromptVerdict Verdict, string SupersededBy, DateTimeOffset SupersededAt);
