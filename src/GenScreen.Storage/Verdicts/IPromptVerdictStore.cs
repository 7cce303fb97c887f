namespace GenScreen.Storage.Verdicts;

/// <summary>Where prompt verdicts are recorded. Writes are idempotent per verdict id.</summary>
public interface IPromptVerdictStore
{
    /// <summary>Records a verdict; never throws for storage failures (see <see cref="VerdictWriteOutcome"/>).</summary>
    Task<VerdictWriteResult> SaveAsync(StoredPromptVerdict verdict, CancellationToken cancellationToken);

    /// <summary>
    /// A new random verdict id for a request without a <c>requestId</c>. A store may choose its partition digits so
    /// that verdicts screened at the same moment share a write; the id stays 128 unguessable bits either way.
    /// </summary>
    string NewVerdictId() => VerdictIds.NewRandom();

    /// <summary>The stored verdict, or null when unknown.</summary>
    Task<StoredPromptVerdict?> GetAsync(string verdictId, CancellationToken cancellationToken);
}
