using GenScreen.Core.Prompts;
using GenScreen.Evaluation;
using GenScreen.Storage.Rescreen;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// Re-screens stored prompt verdicts whose text was retained, with the library's <see cref="PromptVerdictRescreener"/> (the
/// same code the queue fan-out runs in Azure), reporting each change as a <see cref="DecisionFlip"/>.
/// </summary>
internal sealed class PromptRescreenTarget(PromptVerdictTable table, PromptVerdictHistoryStore history, PromptScreener screener, TimeProvider time)
    : IRescreenTarget<PromptVerdictRow>
{
    private readonly PromptVerdictRescreener _rescreener = new(table, history, screener, time);

    public string Kind => "prompt";

    public string Source => table.Name;

    public string TargetPolicyVersion => _rescreener.TargetPolicyVersion;

    public Task PrepareAsync(bool apply, CancellationToken cancellationToken) => _rescreener.PrepareAsync(apply, cancellationToken);

    public IAsyncEnumerable<IReadOnlyList<PromptVerdictRow>> ReadPagesAsync(TablePosition? after, int pageSize, CancellationToken cancellationToken) =>
        table.ReadPagesAsync(after, pageSize, cancellationToken);

    public TablePosition PositionOf(PromptVerdictRow row) => row.Position;

    public async Task<RescreenItemResult> RescreenAsync(PromptVerdictRow row, bool apply, CancellationToken cancellationToken)
    {
        var outcome = await _rescreener.RescreenAsync(row, apply, cancellationToken).ConfigureAwait(false);
        var change = outcome is { Before: { } before, After: { } after } ? DecisionFlip.Of(row.Position.RowKey, null, null, before, after) : null;
        return new RescreenItemResult(outcome.Status, change, outcome.Error);
    }
}
