namespace GenScreen.Storage.Verdicts;

/// <summary>Where prompt verdicts are recorded. Writes are idempotent per verdict id.</summary>
public interface IPromptVerdictStore
{
    /// <summary>Records a verdict; never throws for storage failures (see <see cref="VerdictWriteOutcome"/>).</summary>
    Task<VerdictWriteResult> SaveAsync(StoredPromptVerdict verdict, CancellationToken cancellationToken);

    /// <summary>The stored verdict, or null when unknown.</summary>
    Task<StoredPromptVerdict?> GetAsync(string verdictId, CancellationToken cancellationToken);
}
