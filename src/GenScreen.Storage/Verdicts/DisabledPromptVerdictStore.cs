namespace GenScreen.Storage.Verdicts;

/// <summary>Used when <c>VerdictStore:Enabled=false</c> (offline CLI use, screening-only benchmarks): records nothing, says so.</summary>
public sealed class DisabledPromptVerdictStore : IPromptVerdictStore
{
    public Task<VerdictWriteResult> SaveAsync(StoredPromptVerdict verdict, CancellationToken cancellationToken) =>
        Task.FromResult(new VerdictWriteResult(VerdictWriteOutcome.Disabled));

    public Task<StoredPromptVerdict?> GetAsync(string verdictId, CancellationToken cancellationToken) =>
        Task.FromResult<StoredPromptVerdict?>(null);
}
