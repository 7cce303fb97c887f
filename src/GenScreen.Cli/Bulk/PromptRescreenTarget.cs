using Azure;
using GenScreen.Evaluation;
using GenScreen.Core.Prompts;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// Re-screens stored prompt verdicts whose text was retained. Applying writes the old version to the
/// history table first, then updates the current row only if it is unchanged since it was read (ETag):
/// a crash between the two leaves an extra history copy (harmless) and the old current row (done next run).
/// </summary>
internal sealed class PromptRescreenTarget(PromptVerdictTable table, PromptVerdictHistoryStore history, PromptScreener screener, TimeProvider time)
    : IRescreenTarget<PromptVerdictRow>
{
    public string Kind => "prompt";

    public string Source => table.Name;

    public string TargetPolicyVersion => screener.PolicyVersion;

    public Task PrepareAsync(bool apply, CancellationToken cancellationToken) =>
        apply ? history.EnsureCreatedAsync(cancellationToken) : Task.CompletedTask;

    public IAsyncEnumerable<IReadOnlyList<PromptVerdictRow>> ReadPagesAsync(TablePosition? after, int pageSize, CancellationToken cancellationToken) =>
        table.ReadPagesAsync(after, pageSize, cancellationToken);

    public TablePosition PositionOf(PromptVerdictRow row) => row.Position;

    public async Task<RescreenItemResult> RescreenAsync(PromptVerdictRow row, bool apply, CancellationToken cancellationToken)
    {
        try
        {
            return await RescreenAsync(row, apply, retryOnConflict: true, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            return new RescreenItemResult(RescreenStatus.Failed, Error: $"storage: {ex.Status} {ex.ErrorCode}");
        }
        catch (Exception ex) when (ex is AggregateException or HttpRequestException or TimeoutException)
        {
            // Retries exhausted for this row: reported, and retried by the next run (the checkpoint stays before it).
            return new RescreenItemResult(RescreenStatus.Failed, Error: $"storage: {ex.Message}");
        }
    }

    private async Task<RescreenItemResult> RescreenAsync(PromptVerdictRow row, bool apply, bool retryOnConflict, CancellationToken cancellationToken)
    {
        if (row.Verdict is not { } stored)
        {
            return new RescreenItemResult(RescreenStatus.Failed, Error: $"unreadable row: {row.ReadError}");
        }

        var old = stored.Verdict;
        if (old.PolicyVersion == screener.PolicyVersion)
        {
            return new RescreenItemResult(RescreenStatus.AlreadyCurrent);
        }

        // A retained negative prompt is part of the input: without it the verdict could not be reproduced.
        if (stored.Prompt is null || (stored.NegativePromptSha256 is not null && stored.NegativePrompt is null))
        {
            return new RescreenItemResult(RescreenStatus.NoText);
        }

        if (!screener.IsKnownPolicy(old.Policy))
        {
            return new RescreenItemResult(RescreenStatus.UnknownPolicy, Error: $"policy '{old.Policy}' is not in the target rules");
        }

        var current = screener.Screen(stored.Prompt, stored.NegativePrompt, old.Policy, old.Mode);
        var change = DecisionFlip.Of(stored.VerdictId, null, null, old, current);
        if (!apply)
        {
            return new RescreenItemResult(RescreenStatus.Rescreened, change);
        }

        var now = time.GetUtcNow();
        await history.ArchiveAsync(stored, current.PolicyVersion, now, cancellationToken).ConfigureAwait(false);
        if (await table.TryReplaceVerdictAsync(row, current, now, cancellationToken).ConfigureAwait(false))
        {
            return new RescreenItemResult(RescreenStatus.Rescreened, change);
        }

        // Changed since it was read (another run got there first, or it was deleted): decide again from the row as it is now.
        var fresh = await table.GetRowAsync(stored.VerdictId, cancellationToken).ConfigureAwait(false);
        if (fresh is null)
        {
            return new RescreenItemResult(RescreenStatus.Deleted);
        }

        return retryOnConflict
            ? await RescreenAsync(fresh, apply, retryOnConflict: false, cancellationToken).ConfigureAwait(false)
            : new RescreenItemResult(RescreenStatus.Conflict, Error: "the row changed twice while it was being re-screened");
    }
}
