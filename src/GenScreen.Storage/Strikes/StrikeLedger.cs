using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Strikes;

/// <summary>
/// Per-user strikes in one table, one partition per user: PartitionKey = <c>u</c> + the first 32 hex digits of
/// SHA-256(userId), so users spread uniformly over the key range whatever their ids look like (sequential ids would
/// otherwise land on one partition server) and any id is a legal key. In a user's partition:
/// <list type="bullet">
/// <item><c>s{ticks:D19}-{verdictId}</c>: a strike (time-ordered, so the window is one range query; the verdict id
/// makes a replayed verdict hit the same row: counted once);</item>
/// <item><c>clear</c>: the last clear (strikes up to it no longer count; they are kept, never deleted);</item>
/// <item><c>a{ticks:D19}-{guid}</c>: an append-only audit row per clear (who, why, how many).</item>
/// </list>
/// Capacity: docs/storage.md#strikes.
/// </summary>
public sealed class StrikeLedger
{
    private const string ClearRow = "clear";
    private readonly TableClient _table;
    private readonly StrikeOptions _options;
    private readonly TimeProvider _time;
    private readonly CreateOnce _created;

    public StrikeLedger(TableClient table, IOptions<StrikeOptions> options, TimeProvider time)
    {
        _table = table;
        _options = options.Value;
        _time = time;
        _created = new CreateOnce(table);
    }

    public StrikeOptions Options => _options;

    public static string PartitionOf(string userId) =>
        "u" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..32];

    /// <summary>Records a strike for a blocked verdict; false when this verdict was already counted.</summary>
    public async Task<bool> RecordAsync(string userId, string verdictId, string kind, DateTimeOffset at, string? reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(PartitionOf(userId), StrikeKey(at, verdictId))
        {
            ["UserId"] = userId,
            ["VerdictId"] = verdictId,
            ["Kind"] = kind,
            ["At"] = at,
            ["Reason"] = reason,
        };
        try
        {
            await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Records a strike for <paramref name="verdictId"/> unless one already exists for it, whenever it was counted (a
    /// moderator's confirmation of a verdict whose block was already counted when it was screened adds nothing). One
    /// query inside the user's partition; confirmations are human-rate, so the check-then-insert window is harmless.
    /// </summary>
    public async Task<bool> RecordOnceAsync(string userId, string verdictId, string kind, DateTimeOffset at, string? reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(verdictId);
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = PartitionOf(userId);
        await foreach (var _ in _table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.GetString("VerdictId") == verdictId, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        return await RecordAsync(userId, verdictId, kind, at, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The escalation now. Reads at most <see cref="StrikeOptions.MuteAt"/> strikes (one page): beyond that the answer
    /// is "mute" whatever the count, so a flood of blocks from one user does not make each of their requests slower.
    /// </summary>
    public async Task<Escalation> GetEscalationAsync(string userId, CancellationToken cancellationToken) =>
        (await ReadSummaryAsync(userId, _options.MuteAt, cancellationToken).ConfigureAwait(false)).Escalation;

    /// <summary>The strikes that count now: inside the window and after the last clear.</summary>
    public Task<StrikeSummary> GetSummaryAsync(string userId, CancellationToken cancellationToken) =>
        ReadSummaryAsync(userId, stopAfter: null, cancellationToken);

    /// <summary>All the strikes that count, or the first <paramref name="stopAfter"/> of them.</summary>
    private async Task<StrikeSummary> ReadSummaryAsync(string userId, int? stopAfter, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = PartitionOf(userId);
        var windowStart = _time.GetUtcNow() - _options.Window;
        var clear = await _table.GetEntityIfExistsAsync<TableEntity>(partition, ClearRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        var clearedAt = clear.HasValue ? clear.Value!.GetDateTimeOffset("ClearedAt") : null;
        var from = clearedAt is { } c && c > windowStart ? c : windowStart;
        // Strictly after 'from': a strike exactly one window old, or made in the instant of a clear, no longer counts.
        var lower = "s" + (from.UtcTicks + 1).ToString("D19", CultureInfo.InvariantCulture);
        var strikes = new List<Strike>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {lower} and RowKey lt {"t"}");
        var pageSize = Math.Min(stopAfter ?? 1000, 1000);
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, maxPerPage: pageSize, select: ["VerdictId", "Kind", "At", "Reason"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (strikes.Count >= stopAfter)
            {
                break;
            }

            strikes.Add(new Strike(e.GetString("VerdictId") ?? "", e.GetString("Kind") ?? "", e.GetDateTimeOffset("At") ?? default, e.GetString("Reason")));
        }

        return new StrikeSummary(userId, strikes, _options.EscalationFor(strikes.Count), windowStart, clearedAt);
    }

    /// <summary>
    /// Clears a user's strikes: from now on only later strikes count. The clear marker and its audit row are written
    /// in one transaction (same partition), so there is never a clear without its record of who and why.
    /// </summary>
    public async Task<StrikeClearance> ClearAsync(string userId, string by, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var before = await GetSummaryAsync(userId, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var partition = PartitionOf(userId);
        var clearance = new StrikeClearance(userId, now, by, reason, before.Count, EscalationNames.Of(before.Escalation));
        var audit = new TableEntity(partition, "a" + now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N"))
        {
            ["UserId"] = userId,
            ["At"] = now,
            ["By"] = by,
            ["Reason"] = reason,
            ["StrikesCleared"] = before.Count,
            ["EscalationBefore"] = clearance.EscalationBefore,
        };
        var marker = new TableEntity(partition, ClearRow) { ["UserId"] = userId, ["ClearedAt"] = now, ["By"] = by };
        await _table.SubmitTransactionAsync(
            [new TableTransactionAction(TableTransactionActionType.UpsertReplace, marker), new TableTransactionAction(TableTransactionActionType.Add, audit)],
            cancellationToken).ConfigureAwait(false);
        return clearance;
    }

    /// <summary>Every clear of a user, oldest first.</summary>
    public async Task<IReadOnlyList<StrikeClearance>> ClearancesAsync(string userId, CancellationToken cancellationToken)
    {
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(userId)} and RowKey ge {"a"} and RowKey lt {"b"}");
        var rows = new List<StrikeClearance>();
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new StrikeClearance(userId, e.GetDateTimeOffset("At") ?? default, e.GetString("By") ?? "", e.GetString("Reason") ?? "",
                e.GetInt32("StrikesCleared") ?? 0, e.GetString("EscalationBefore") ?? ""));
        }

        return rows;
    }

    private static string StrikeKey(DateTimeOffset at, string verdictId) =>
        "s" + at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + verdictId;
}
