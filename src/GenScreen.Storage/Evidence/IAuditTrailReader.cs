namespace GenScreen.Storage.Evidence;

/// <summary>
/// Reads the audit rows (who did what to a verdict, when, why, before/after) for an evidence package. The moderators'
/// actions (release, confirm, purge) write them; a deployment without that audit table answers null, and the
/// package then says plainly that no audit trail was available rather than showing an empty one as complete.
/// </summary>
public interface IAuditTrailReader
{
    Task<IReadOnlyList<AuditTrailEntry>?> ReadAsync(string verdictId, CancellationToken cancellationToken);
}

/// <summary>One audit row as the package shows it; <see cref="Before"/> and <see cref="After"/> are JSON as recorded.</summary>
public sealed record AuditTrailEntry(DateTimeOffset At, string Who, string Action, string? Reason, string? Before, string? After);

/// <summary>No audit table on this deployment (yet).</summary>
public sealed class NoAuditTrail : IAuditTrailReader
{
    public static NoAuditTrail Instance { get; } = new();

    public Task<IReadOnlyList<AuditTrailEntry>?> ReadAsync(string verdictId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditTrailEntry>?>(null);
}
