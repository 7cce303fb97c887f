using System.ComponentModel.DataAnnotations;
using GenScreen.Storage.Verdicts.Transactions;

namespace GenScreen.Storage.Verdicts;

/// <summary>Configuration section <c>VerdictStore</c>: where and how prompt verdicts are recorded.</summary>
public sealed class VerdictStoreOptions : IValidatableObject
{
    public const string SectionName = "VerdictStore";

    /// <summary>Record verdicts at all; false only for offline use and screening-only benchmarks.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Table for prompt verdicts.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$", ErrorMessage = "Table names are 3-63 letters or digits, starting with a letter.")]
    public string TableName { get; set; } = "PromptVerdicts";

    /// <summary>
    /// Privacy choice: when the raw prompt text is stored. <c>NonAllow</c> (default) keeps text only where a
    /// moderator may need it; every verdict always stores the prompt's SHA-256.
    /// </summary>
    public PromptRetention RetainPromptText { get; set; } = PromptRetention.NonAllow;

    /// <summary>Name of the connection setting (connection string, or a section with tableServiceUri).</summary>
    [Required]
    public string Connection { get; set; } = "GenScreenStorage";

    /// <summary>Time budget for one verdict write, retries included, before it is deferred to the background.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Group the verdict inserts that arrive while one of the same partition is in flight into one entity group
    /// transaction (each caller still waits for its own row). Off: one insert request per verdict.
    /// </summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>
    /// With group commit: how many batches of new random-id verdicts may be in flight at once. Each lane gathers the
    /// verdicts screened while its previous batch is in flight into one partition and one transaction, and moves to a
    /// fresh random partition with every batch (VerdictGroupCommitWriter). One lane makes the largest batches; more
    /// overlap round trips where the table is far away.
    /// </summary>
    [Range(1, 16)]
    public int GroupCommitLanes { get; set; } = 2;

    /// <summary>
    /// With group commit: how long a lane (or partition queue) with no transaction in flight waits for more verdicts
    /// before sending, unless 100 are waiting first. Zero sends at once. It is the most the window adds to one answer,
    /// so keep it well inside the p99 budget (docs/storage.md, "Capacity"); under load the previous transaction's round
    /// trip is usually longer and the window adds nothing.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:00.050", ErrorMessage = "VerdictStore:GroupCommitWindow is between 0 and 50 ms.")]
    public TimeSpan GroupCommitWindow { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Which client sends the inserts and entity group transactions of group commit: <c>Direct</c> (default) writes the
    /// <c>$batch</c> body onto the Table service's wire contract in a reused buffer, through an Azure.Core pipeline with
    /// the same authentication and retries; <c>Sdk</c> uses the Azure SDK's table client (docs/storage.md, "Direct writer").
    /// </summary>
    [EnumDataType(typeof(VerdictTableWriter), ErrorMessage = "VerdictStore:TableWriter is Direct or Sdk.")]
    public VerdictTableWriter TableWriter { get; set; } = VerdictTableWriter.Direct;

    /// <summary>Verdict writes held for background retry when the table is unreachable.</summary>
    [Range(1, 1_000_000)]
    public int RetryBacklogCapacity { get; set; } = 10_000;

    /// <summary>
    /// Journal the deferred writes on local disk (fsync before answering "deferred"), so that they survive a
    /// crash of the process during a table outage (docs/reliability.md, "Durable verdict writes").
    /// </summary>
    public bool JournalEnabled { get; set; } = true;

    /// <summary>
    /// The journal file; one per process (it is opened exclusively). Default: under the temporary directory,
    /// named after the table and its endpoint — on a Functions instance that is the instance's own local disk.
    /// </summary>
    public string? JournalPath { get; set; }

    /// <summary>
    /// Secret key of the verdict ids derived from request ids (<see cref="VerdictIdGenerator"/>): at least
    /// 32 characters, the same on every instance and across restarts (or replays stop finding their row).
    /// In Azure a Key Vault reference; <c>genscreen serve</c> keeps a generated one in a git-ignored file.
    /// Required when verdicts are recorded.
    /// </summary>
    public string? IdKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Never echo the key: only its length is reported.
        if (Enabled && (IdKey is null || IdKey.Length < VerdictIdGenerator.MinKeyLength))
        {
            yield return new ValidationResult(
                $"{SectionName}:IdKey is {(IdKey is null ? "not set" : $"{IdKey.Length} characters long")}: recording verdicts needs a secret key of at least {VerdictIdGenerator.MinKeyLength} characters " +
                "(generate one with `openssl rand -base64 32`; in Azure it is a Key Vault reference set by infra/main.bicep).",
                [nameof(IdKey)]);
        }
    }
}

/// <summary>When raw prompt text is kept with a verdict.</summary>
public enum PromptRetention
{
    /// <summary>Never; only hashes.</summary>
    Never,

    /// <summary>Only for review and block verdicts (default).</summary>
    NonAllow,

    /// <summary>Always.</summary>
    Always,
}
