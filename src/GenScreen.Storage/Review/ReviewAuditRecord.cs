namespace GenScreen.Storage.Review;

/// <summary>
/// One moderator action as recorded: who (operator name and, in Azure, the Entra object id), when, what, why, and the
/// verdict's review state before and after (JSON objects).
/// </summary>
public sealed record ReviewAuditRecord(
    string AuditId,
    string VerdictId,
    string Kind,
    string Action,
    string Operator,
    string? OperatorId,
    DateTimeOffset At,
    string Reason,
    string Before,
    string After);
