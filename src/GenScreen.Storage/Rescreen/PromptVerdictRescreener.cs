using Azure;
using GenScreen.Core.Prompts;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Storage.Rescreen;

/// <summary>
/// Re-screens stored prompt verdicts whose text was retained, under <paramref name="screener"/>'s rules. Applying writes the old
/// version to the history table first, then updates the current row only if it is unchanged since it was read (ETag): a crash
/// between the two leaves an extra history copy (the same key, so harmless) and the old current row (done by the next pass).
/// Rows already at the target policy version are skipped, which is what makes a repeated page (a duplicate queue message, a
/// resumed CLI run) harmless.
/// </summary>
public sealed class PromptVerdictRescreener(PromptVerdictTable table, PromptVerdictHistoryStore history, PromptScreener screener, TimeProvider time)
{
    public string TargetPolicyVersion => screener.PolicyVersion;

    public PromptVerdictTable Table => table;

    /// <summary>Creates the history table (an applying run writes there).</summary>
    public Task PrepareAsync(bool apply, CancellationToken cancellationToken) =>
        apply ? history.EnsureCreatedAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>One page of rows, with bounded parallelism (<see cref="RescreenPages"/>).</summary>
    public Task<PromptRescreenOutcome[]> RescreenPageAsync(IReadOnlyList<PromptVerdictRow> rows, bool apply, int parallelism, CancellationToken cancellationToken) =>
        RescreenPages.ProcessAsync(rows, (row, ct) => RescreenAsync(row, apply, ct), parallelism, cancellationToken);

    public async Task<PromptRescreenOutcome> RescreenAsync(PromptVerdictRow row, bool apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        try
        {
            return await RescreenAsync(row, apply, retryOnConflict: true, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            return new PromptRescreenOutcome(RescreenStatus.Failed, Error: $"storage: {ex.Status} {ex.ErrorCode}");
        }
        catch (Exception ex) when (ex is AggregateException or HttpRequestException or TimeoutException)
        {
            // Retries exhausted for this row: reported, and retried by the next pass.
            return new PromptRescreenOutcome(RescreenStatus.Failed, Error: $"storage: {ex.Message}");
        }
    }

    private async Task<PromptRescreenOutcome> RescreenAsync(PromptVerdictRow row, bool apply, bool retryOnConflict, CancellationToken cancellationToken)
    {
        if (row.Verdict is not { } stored)
        {
            return new PromptRescreenOutcome(RescreenStatus.Failed, Error: $"unreadable row: {row.ReadError}");
        }

        var old = stored.Verdict;
        if (old.PolicyVersion == screener.PolicyVersion)
        {
            return new PromptRescreenOutcome(RescreenStatus.AlreadyCurrent);
        }

        // A retained negative prompt is part of the input: without it the verdict could not be reproduced.
        if (stored.Prompt is null || (stored.NegativePromptSha256 is not null && stored.NegativePrompt is null))
        {
            return new PromptRescreenOutcome(RescreenStatus.NoText);
        }

        if (!screener.IsKnownPolicy(old.Policy))
        {
            return new PromptRescreenOutcome(RescreenStatus.UnknownPolicy, Error: $"policy '{old.Policy}' is not in the target rules");
        }

        var current = screener.Screen(stored.Prompt, stored.NegativePrompt, old.Policy, old.Mode);
        if (!apply)
        {
            return new PromptRescreenOutcome(RescreenStatus.Rescreened, old, current);
        }

        var now = time.GetUtcNow();
        await history.ArchiveAsync(stored, current.PolicyVersion, now, cancellationToken).ConfigureAwait(false);
        if (await table.TryReplaceVerdictAsync(row, current, now, cancellationToken).ConfigureAwait(false))
        {
            return new PromptRescreenOutcome(RescreenStatus.Rescreened, old, current);
        }

        // Changed since it was read (another pass got there first, or it was deleted): decide again from the row as it is now.
        var fresh = await table.GetRowAsync(stored.VerdictId, cancellationToken).ConfigureAwait(false);
        if (fresh is null)
        {
            return new PromptRescreenOutcome(RescreenStatus.Deleted);
        }

        return retryOnConflict
            ? await RescreenAsync(fresh, apply, retryOnConflict: false, cancellationToken).ConfigureAwait(false)
            : new PromptRescreenOutcome(RescreenStatus.Conflict, Error: "the row changed twice while it was being re-screened");
    }
}
