using Azure;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// A row of the verdict table as read by a scan: its keys, its ETag (for an update that must not overwrite
/// a concurrent change) and the verdict, or why the row could not be read.
/// </summary>
public sealed record PromptVerdictRow(TablePosition Position, ETag ETag, StoredPromptVerdict? Verdict, string? ReadError);
