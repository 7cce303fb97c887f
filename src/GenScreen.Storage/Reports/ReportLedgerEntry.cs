namespace GenScreen.Storage.Reports;

/// <summary>A reportable verdict's row in the report ledger: when it was queued, and whether a person has filed the report.</summary>
public sealed record ReportLedgerEntry(
    string VerdictId,
    string Kind,
    DateTimeOffset? QueuedAt,
    string? MessageId,
    DateTimeOffset? ReportedAt,
    string? ReportedBy,
    string? Reference,
    string? Note)
{
    public bool IsReported => ReportedAt is not null;
}

/// <summary>What <see cref="ReportLedger.EnsureQueuedAsync"/> did.</summary>
public enum ReportQueueOutcome
{
    /// <summary>A message was put on the queue now.</summary>
    Queued,

    /// <summary>An earlier delivery had already queued this verdict: nothing sent.</summary>
    AlreadyQueued,
}
