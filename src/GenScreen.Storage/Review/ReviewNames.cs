namespace GenScreen.Storage.Review;

/// <summary>Wire and column values of the review workflow (lower-case, as in the JSON).</summary>
public static class ReviewNames
{
    public const string Prompt = "prompt";
    public const string Image = "image";

    public const string Open = "open";

    /// <summary>A release in progress: the verdict row says so before the image is copied back, so the pipeline that sees the copy trusts it.</summary>
    public const string Releasing = "releasing";
    public const string Released = "released";
    public const string Confirmed = "confirmed";

    public const string ReleaseAction = "release";
    public const string ConfirmAction = "confirm";
    public const string PurgeAction = "purge";

    public static readonly IReadOnlyList<string> Kinds = [Prompt, Image];
    public static readonly IReadOnlyList<string> Statuses = [Open, Released, Confirmed];
}

/// <summary>The review columns added to a verdict row (prompt or image table) by moderator actions.</summary>
internal static class ReviewColumns
{
    public const string Status = "ReviewStatus";
    public const string Version = "ReviewVersion";
    public const string By = "ReviewedBy";
    public const string ById = "ReviewedById";
    public const string At = "ReviewedAt";
    public const string Reason = "ReviewReason";
    public const string AuditId = "ReviewAuditId";
    public const string ConfirmedCategory = "ConfirmedCategory";
    public const string ReleasedTo = "ReleasedTo";
    public const string EvidencePurgedAt = "EvidencePurgedAt";
}
