using System.ComponentModel.DataAnnotations;

namespace GenScreen.Storage.Review;

/// <summary>Configuration section <c>Review</c>: the moderators' queue, its actions and the evidence retention.</summary>
public sealed class ReviewOptions
{
    public const string SectionName = "Review";

    private const string TablePattern = "^[A-Za-z][A-Za-z0-9]{2,62}$";
    private const string TableMessage = "Table names are 3-63 letters or digits, starting with a letter.";

    /// <summary>Index rows of review and block verdicts, partitioned by day and shard (docs/storage.md#review-index).</summary>
    [Required]
    [RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string IndexTable { get; set; } = "ReviewIndex";

    /// <summary>Append-only audit rows of every moderator action.</summary>
    [Required]
    [RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string AuditTable { get; set; } = "ReviewAudit";

    /// <summary>Earlier versions of verdict rows a moderator action superseded (never overwritten).</summary>
    [Required]
    [RegularExpression(TablePattern, ErrorMessage = TableMessage)]
    public string HistoryTable { get; set; } = "ReviewHistory";

    /// <summary>
    /// Partitions per day of the index: each takes 1/N of the day's review and block verdicts, so the index keeps up at
    /// N × 2,000 writes/s. A reader queries all N per day and merges them. Changing it invalidates continuation tokens
    /// and hides rows written under the old count (keep it fixed once deployed).
    /// </summary>
    [Range(1, 64)]
    public int IndexShards { get; set; } = 8;

    /// <summary>Days a list request walks at most before it answers (possibly with fewer items) and a continuation token.</summary>
    [Range(1, 366)]
    public int MaxDaysPerPage { get; set; } = 31;

    /// <summary>The list's time range when none is given: this far back from now.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3660.00:00:00")]
    public TimeSpan DefaultWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Where a released image goes: back to its original container and name, or under <see cref="ReleasedContainer"/>.</summary>
    public ReleaseTarget ReleaseTarget { get; set; } = ReleaseTarget.Original;

    /// <summary>The container for <see cref="ReleaseTarget.ReleasedContainer"/> (path <c>{container}/{blob}</c> inside it).</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "Container names are 3-63 lower-case letters, digits and single dashes.")]
    public string ReleasedContainer { get; set; } = "released";

    /// <summary>The block bank a confirmed image's PDQ hash is added to (created on first use).</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,39}$", ErrorMessage = "Bank names are 1-40 lower-case letters, digits and dashes.")]
    public string ConfirmedBank { get; set; } = "confirmed";

    /// <summary>Quarantined evidence is kept at least this long after screening; <c>review purge</c> deletes only older evidence.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3660.00:00:00")]
    public TimeSpan EvidenceRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How far before the retention cut-off purge looks for evidence (the index is walked day by day).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3660.00:00:00")]
    public TimeSpan PurgeLookback { get; set; } = TimeSpan.FromDays(400);
}

/// <summary>Where <c>release</c> puts an image.</summary>
public enum ReleaseTarget
{
    /// <summary>Back where it was uploaded (the screening pipeline recognises it as released and tags it allowed).</summary>
    Original,

    /// <summary>Into <see cref="ReviewOptions.ReleasedContainer"/>, which no trigger watches.</summary>
    ReleasedContainer,
}
