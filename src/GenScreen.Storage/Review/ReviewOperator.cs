namespace GenScreen.Storage.Review;

/// <summary>Who acts: a display name (Entra principal name, or the configured operator locally) and, in Azure, the principal's object id.</summary>
public sealed record ReviewOperator(string Name, string? Id = null);

/// <summary>What an action did, besides the new state of the item.</summary>
/// <param name="ReleasedTo">Release of a quarantined image: where it went (<c>{container}/{blob}</c>).</param>
/// <param name="LegalHoldCleared">Whether a legal hold was cleared (false where storage has none, e.g. Azurite); null when no blob was involved.</param>
/// <param name="QuarantineCopyDeleted">Whether the quarantined copy could be deleted (a time-based retention policy can forbid it; purge deletes it later).</param>
/// <param name="HashRemoved">Release: whether the image's hash was removed from the quarantined bank.</param>
/// <param name="BankedIn">Confirm: the block bank the image's PDQ hash was added to; null when there was no usable hash.</param>
public sealed record ReviewActionResult(
    ReviewItem Item,
    ReviewAuditRecord Audit,
    string? ReleasedTo = null,
    bool? LegalHoldCleared = null,
    bool? QuarantineCopyDeleted = null,
    bool? HashRemoved = null,
    string? BankedIn = null);

/// <summary>One piece of evidence purge found (and, unless a dry run, deleted).</summary>
public sealed record PurgeCandidate(string VerdictId, string QuarantineBlob, DateTimeOffset ScreenedAt, string Status, bool Deleted, string? AuditId);

/// <summary>What a purge run found and did.</summary>
public sealed record PurgeReport(DateTimeOffset Cutoff, bool DryRun, IReadOnlyList<PurgeCandidate> Candidates);
