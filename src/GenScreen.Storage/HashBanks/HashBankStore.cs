using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Verdicts;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.HashBanks;

/// <summary>Thrown for a bank operation that cannot be done as asked (unknown bank, a name taken, bad settings, a lost race).</summary>
public sealed class HashBankException(string message) : Exception(message);

/// <summary>An import whose snapshot blob is written but not yet committed (<see cref="HashBankStore.CommitImportAsync"/>).</summary>
/// <param name="ExpectedETag">The bank row as the import read it: the commit succeeds only if nothing changed the bank since.</param>
public sealed record PendingHashBankImport(string Bank, string Snapshot, long Version, int Count, ETag ExpectedETag);

/// <summary>
/// Durable banks. One settings row per bank (table <c>HashBanks:BankTable</c>) carrying its <see cref="HashBank.Version"/>,
/// the change marker hosts poll, and, once the bank has been imported, the name of its <b>snapshot</b> blob
/// (<see cref="HashBankSnapshots"/>): the whole list as of the import. Changes after the snapshot (adds, removals as
/// tombstones) are rows of <c>HashBanks:EntryTable</c> (keys in <see cref="HashBankTableKeys"/>), each tagged with the
/// snapshot it applies over; rows tagged with an older snapshot are dead (an import replaces the list) and are
/// deleted after the commit. A bank never imported (the built-in quarantined bank) is rows only.
/// Every write bumps the bank's version (ETag-guarded) after its rows or blob are written, so a host that sees the new
/// version loads all of it.
/// </summary>
public sealed class HashBankStore
{
    private const int BatchSize = 100; // Table storage's limit per transaction (one partition)
    private const int ParallelBatches = 8;
    private const string SnapshotColumn = "Snapshot";
    private const string RemovedColumn = "Removed";

    private readonly TableClient _banks;
    private readonly TableClient _entries;
    private readonly CreateOnceTables _created;
    private readonly HashBankSnapshots _snapshots;

    public HashBankStore(TableServiceClient service, BlobServiceClient blobs, IOptions<HashBankOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        _banks = service.GetTableClient(options.Value.BankTable);
        _entries = service.GetTableClient(options.Value.EntryTable);
        _created = new CreateOnceTables(_banks, _entries);
        _snapshots = new HashBankSnapshots(blobs, options.Value.SnapshotContainer);
    }

    public async Task<IReadOnlyList<HashBank>> ListAsync(CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var banks = new List<HashBank>();
        await foreach (var row in _banks.QueryAsync<TableEntity>(e => e.PartitionKey == HashBankTableKeys.BankPartition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            banks.Add(ToBank(row));
        }

        return banks;
    }

    public async Task<HashBank?> GetAsync(string name, CancellationToken cancellationToken) =>
        (await GetRowAsync(name, cancellationToken).ConfigureAwait(false))?.Bank;

    /// <summary>Creates a bank; a bank of that name already there is an error unless it has the same settings (then it is returned).</summary>
    public async Task<HashBank> CreateAsync(HashBank bank, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bank);
        bank = bank with { Version = 1 };
        try
        {
            bank.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new HashBankException(ex.Message);
        }

        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _banks.AddEntityAsync(ToRow(bank), cancellationToken).ConfigureAwait(false);
            return bank;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = (await GetAsync(bank.Name, cancellationToken).ConfigureAwait(false))!;
            return existing.Kind == bank.Kind && existing.Category == bank.Category && existing.MaxDistance == bank.MaxDistance
                ? existing
                : throw new HashBankException($"Bank '{bank.Name}' already exists as {Describe(existing)}.");
        }
    }

    /// <summary>
    /// Adds <paramref name="entries"/> to the bank's current list (upserts: adding a hash again replaces its details)
    /// and bumps the bank's version. Idempotent, so an add cut short by a storage failure is completed by running it
    /// again. An import committed meanwhile (which replaces the list) is noticed at the bump and the rows are written
    /// again over the new snapshot, so an add that returns is never lost under an import that came before it.
    /// </summary>
    /// <param name="progress">Called with the number of entries written so far.</param>
    public async Task<HashBank> AddAsync(string bank, IReadOnlyCollection<HashBankEntry> entries, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var unique = entries.GroupBy(e => e.Hash).Select(g => g.Last()).ToList();
        while (true)
        {
            var row = await RequireRowAsync(bank, cancellationToken).ConfigureAwait(false);
            await WriteRowsAsync(bank, unique.Select(e => ToRow(bank, e, row.Snapshot)), progress, cancellationToken).ConfigureAwait(false);
            if (await TryBumpAsync(bank, row.Snapshot, cancellationToken).ConfigureAwait(false) is { } bumped)
            {
                return bumped;
            }
        }
    }

    /// <summary>Removes hashes from a bank (absent ones are ignored) and bumps its version; returns how many were there.</summary>
    /// <param name="onlyVerdictId">Remove an entry only when it was banked for this verdict (releasing a quarantined image).</param>
    public async Task<int> RemoveAsync(string bank, IEnumerable<PdqHash> hashes, CancellationToken cancellationToken, string? onlyVerdictId = null)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var wanted = hashes.Distinct().ToList();
        while (true)
        {
            var row = await RequireRowAsync(bank, cancellationToken).ConfigureAwait(false);
            var removed = row.Snapshot is null
                ? await DeleteRowsAsync(bank, wanted, onlyVerdictId, cancellationToken).ConfigureAwait(false)
                : await WriteTombstonesAsync(bank, row.Snapshot, wanted, onlyVerdictId, cancellationToken).ConfigureAwait(false);
            if (await TryBumpAsync(bank, row.Snapshot, cancellationToken).ConfigureAwait(false) is not null)
            {
                return removed;
            }
        }
    }

    /// <summary>
    /// Replaces the bank's list with <paramref name="entries"/>, all or nothing: the snapshot blob is written first,
    /// then the bank's row is switched to it in one ETag-guarded update (the commit point). A concurrent import or
    /// change makes this one fail with <see cref="HashBankException"/> and leaves the bank as the other writer left it.
    /// The built-in quarantined bank is filled by quarantine and emptied by release, never imported.
    /// </summary>
    public async Task<HashBank> ImportAsync(string bank, IEnumerable<HashBankEntry> entries, CancellationToken cancellationToken) =>
        await CommitImportAsync(await PrepareImportAsync(bank, entries, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>The first half of <see cref="ImportAsync"/>: writes the snapshot blob, changes nothing a reader sees.</summary>
    public async Task<PendingHashBankImport> PrepareImportAsync(string bank, IEnumerable<HashBankEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (bank == HashBank.Quarantined)
        {
            throw new HashBankException($"The built-in '{HashBank.Quarantined}' bank is filled by quarantine and emptied by release; it cannot be imported into (use another bank).");
        }

        var row = await RequireRowAsync(bank, cancellationToken).ConfigureAwait(false);
        var normalized = HashBankSnapshotFormat.Normalize(entries);
        var version = row.Bank.Version + 1;
        var name = HashBankSnapshots.NewName(bank, version);
        await _snapshots.WriteAsync(name, normalized, cancellationToken).ConfigureAwait(false);
        return new PendingHashBankImport(bank, name, version, normalized.Length, row.ETag);
    }

    /// <summary>
    /// The commit point of an import: the bank row names the new snapshot, guarded by the ETag the import read. Then
    /// (best effort: a failure here is retried by the next commit) older snapshot blobs and rows tagged with an older
    /// snapshot are deleted.
    /// </summary>
    public async Task<HashBank> CommitImportAsync(PendingHashBankImport pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var row = await RequireRowAsync(pending.Bank, cancellationToken).ConfigureAwait(false);
        var bank = row.Bank with { Version = pending.Version };
        var entity = ToRow(bank);
        entity[SnapshotColumn] = pending.Snapshot;
        entity["SnapshotCount"] = pending.Count;
        try
        {
            if (row.ETag != pending.ExpectedETag)
            {
                throw new RequestFailedException(412, "The bank row changed since the import read it.");
            }

            await _banks.UpdateEntityAsync(entity, pending.ExpectedETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            await _snapshots.DeleteAsync(pending.Snapshot, CancellationToken.None).ConfigureAwait(false);
            var now = await GetAsync(pending.Bank, cancellationToken).ConfigureAwait(false);
            throw new HashBankException($"Bank '{pending.Bank}' changed while this import was being written (another import or change committed first; the bank is now at version {now?.Version}); nothing was imported. Run the import again.");
        }

        try
        {
            await _snapshots.DeleteStaleAsync(pending.Bank, pending.Version, pending.Snapshot, cancellationToken).ConfigureAwait(false);
            await DeleteRowsNotOfAsync(pending.Bank, pending.Snapshot, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // Dead blobs and rows are never read (the row names the live snapshot); the next commit deletes them.
        }

        return bank;
    }

    /// <summary>The bank's snapshot blobs, live or not (tests and operators: orphans of crashed imports show here until the next commit).</summary>
    public Task<IReadOnlyList<string>> SnapshotNamesAsync(string bank, CancellationToken cancellationToken) => _snapshots.NamesAsync(bank, cancellationToken);

    /// <summary>Every entry of a bank, in hash (hex) order: the snapshot with the later rows applied over it.</summary>
    public async IAsyncEnumerable<HashBankEntry> EntriesAsync(string bank, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (_, entries) = await ReadAsync(bank, cancellationToken).ConfigureAwait(false);
        foreach (var e in entries)
        {
            yield return e;
        }
    }

    public async Task<LoadedHashBank> LoadAsync(HashBank bank, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var (read, entries) = await ReadAsync(bank.Name, cancellationToken).ConfigureAwait(false);
        return new LoadedHashBank(read ?? bank, entries);
    }

    /// <summary>The bank as its row says now, and its entries. A snapshot deleted under us (an import committed after the row was read) means: read the row again.</summary>
    private async Task<(HashBank? Bank, List<HashBankEntry> Entries)> ReadAsync(string bank, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var row = await GetRowAsync(bank, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                return (null, []);
            }

            if (row.Snapshot is null)
            {
                var rows = new List<HashBankEntry>();
                await foreach (var (entry, removed) in RowsAsync(bank, null, cancellationToken).ConfigureAwait(false))
                {
                    if (!removed)
                    {
                        rows.Add(entry);
                    }
                }

                return (row.Bank, rows);
            }

            HashBankEntry[] snapshot;
            try
            {
                snapshot = await _snapshots.ReadAsync(row.Snapshot, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404 && attempt < 3)
            {
                continue;
            }

            var changes = new List<(HashBankEntry Entry, bool Removed)>();
            await foreach (var change in RowsAsync(bank, row.Snapshot, cancellationToken).ConfigureAwait(false))
            {
                changes.Add(change);
            }

            return (row.Bank, Merge(snapshot, changes));
        }
    }

    /// <summary>Both inputs in hex order; a row replaces the snapshot's entry for its hash, or removes it (a tombstone).</summary>
    private static List<HashBankEntry> Merge(HashBankEntry[] snapshot, List<(HashBankEntry Entry, bool Removed)> changes)
    {
        changes.Sort(static (a, b) => HashBankSnapshotFormat.HexOrder(a.Entry.Hash, b.Entry.Hash));
        var merged = new List<HashBankEntry>(snapshot.Length + changes.Count);
        int s = 0, c = 0;
        while (s < snapshot.Length || c < changes.Count)
        {
            var order = s == snapshot.Length ? 1 : c == changes.Count ? -1 : HashBankSnapshotFormat.HexOrder(snapshot[s].Hash, changes[c].Entry.Hash);
            if (order < 0)
            {
                merged.Add(snapshot[s++]);
                continue;
            }

            if (!changes[c].Removed)
            {
                merged.Add(changes[c].Entry);
            }

            s += order == 0 ? 1 : 0;
            c++;
        }

        return merged;
    }

    /// <summary>The bank's entry rows: untagged ones for a bank never imported, else those tagged with <paramref name="snapshot"/>.</summary>
    private async IAsyncEnumerable<(HashBankEntry Entry, bool Removed)> RowsAsync(string bank, string? snapshot, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var filter = HashBankTableKeys.RangeFilter(bank) + (snapshot is null ? "" : " and " + TableClient.CreateQueryFilter($"Snapshot eq {snapshot}"));
        await foreach (var row in _entries.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (PdqHash.TryParse(row.RowKey, out var hash))
            {
                yield return (new HashBankEntry(hash, row.GetString("Label"), row.GetString("Source"), row.GetString("Date"), row.GetString("VerdictId"),
                    Enum.TryParse<HarmCategory>(row.GetString("Category"), out var c) ? c : null), row.GetBoolean(RemovedColumn) == true);
            }
        }
    }

    private async Task WriteRowsAsync(string bank, IEnumerable<TableEntity> rows, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var batches = rows.GroupBy(r => r.PartitionKey).SelectMany(p => p.Chunk(BatchSize)).ToList();
        var written = 0;
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = ParallelBatches, CancellationToken = cancellationToken }, async (batch, ct) =>
        {
            var actions = batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)).ToList();
            await _entries.SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
            progress?.Report(Interlocked.Add(ref written, batch.Length));
        }).ConfigureAwait(false);
    }

    /// <summary>A bank of rows only: its rows are deleted (ETag-guarded, so a row replaced meanwhile stays).</summary>
    private async Task<int> DeleteRowsAsync(string bank, List<PdqHash> hashes, string? onlyVerdictId, CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var removed = 0;
        foreach (var hash in hashes)
        {
            var partition = HashBankTableKeys.EntryPartition(bank, hash);
            var key = HashBankTableKeys.EntryRow(hash);
            var existing = await _entries.GetEntityIfExistsAsync<TableEntity>(partition, key, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!existing.HasValue || existing.Value!.GetString(SnapshotColumn) is not null
                || (onlyVerdictId is not null && existing.Value!.GetString("VerdictId") != onlyVerdictId))
            {
                continue;
            }

            try
            {
                await _entries.DeleteEntityAsync(partition, key, existing.Value!.ETag, cancellationToken).ConfigureAwait(false);
                removed++;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // removed or replaced meanwhile
            }
        }

        return removed;
    }

    /// <summary>A bank with a snapshot: each present hash gets a tombstone row over the snapshot (the blob is never changed).</summary>
    private async Task<int> WriteTombstonesAsync(string bank, string snapshot, List<PdqHash> hashes, string? onlyVerdictId, CancellationToken cancellationToken)
    {
        var wanted = hashes.ToHashSet();
        var present = new List<PdqHash>();
        await foreach (var e in EntriesAsync(bank, cancellationToken).ConfigureAwait(false))
        {
            if (wanted.Contains(e.Hash) && (onlyVerdictId is null || e.VerdictId == onlyVerdictId))
            {
                present.Add(e.Hash);
            }
        }

        await WriteRowsAsync(bank, present.Select(h =>
        {
            var row = ToRow(bank, new HashBankEntry(h), snapshot);
            row[RemovedColumn] = true;
            return row;
        }), null, cancellationToken).ConfigureAwait(false);
        return present.Count;
    }

    /// <summary>After an import: rows tagged with another snapshot, or untagged, are dead; delete them in batches.</summary>
    private async Task DeleteRowsNotOfAsync(string bank, string snapshot, CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var dead = new List<TableEntity>();
        await foreach (var row in _entries.QueryAsync<TableEntity>(HashBankTableKeys.RangeFilter(bank), maxPerPage: 1000, select: ["PartitionKey", "RowKey", SnapshotColumn], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString(SnapshotColumn) != snapshot)
            {
                dead.Add(row);
            }
        }

        var batches = dead.GroupBy(r => r.PartitionKey).SelectMany(p => p.Chunk(BatchSize)).ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = ParallelBatches, CancellationToken = cancellationToken }, async (batch, ct) =>
        {
            // If-Match on each row's ETag: a row rewritten meanwhile (an add re-tagging it) stays.
            var actions = batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, r.ETag)).ToList();
            try
            {
                await _entries.SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException)
            {
                // A row of the batch changed or went: those left are dead still and go at the next import.
            }
        }).ConfigureAwait(false);
    }

    private async Task<BankRow?> GetRowAsync(string name, CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = await _banks.GetEntityIfExistsAsync<TableEntity>(HashBankTableKeys.BankPartition, name, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? new BankRow(ToBank(row.Value!), row.Value!.GetString(SnapshotColumn), row.Value!.ETag, row.Value!) : null;
    }

    private async Task<BankRow> RequireRowAsync(string bank, CancellationToken cancellationToken) =>
        await GetRowAsync(bank, cancellationToken).ConfigureAwait(false)
        ?? throw new HashBankException($"There is no bank '{bank}' (create it first: genscreen banks create).");

    /// <summary>
    /// The change marker: version + 1, guarded by the row's ETag (concurrent writers each get their own increment).
    /// Null when the bank's snapshot is no longer <paramref name="snapshot"/>: an import replaced the list after the
    /// caller wrote its rows, which must be written again over the new snapshot.
    /// </summary>
    private async Task<HashBank?> TryBumpAsync(string name, string? snapshot, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var row = await RequireRowAsync(name, cancellationToken).ConfigureAwait(false);
            if (row.Snapshot != snapshot)
            {
                return null;
            }

            var bank = row.Bank with { Version = row.Bank.Version + 1 };
            row.Entity["Version"] = bank.Version; // every other column (settings, snapshot) stays as it is
            try
            {
                await _banks.UpdateEntityAsync(row.Entity, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return bank;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < 20)
            {
                // another writer bumped first: read again
            }
        }
    }

    private static TableEntity ToRow(HashBank bank) => new(HashBankTableKeys.BankPartition, bank.Name)
    {
        ["Kind"] = bank.Kind.ToString(),
        ["Category"] = bank.Category?.ToString(),
        ["MaxDistance"] = bank.MaxDistance,
        ["Version"] = bank.Version,
        ["Description"] = bank.Description,
    };

    private static HashBank ToBank(TableEntity row) => new(
        row.RowKey,
        Enum.TryParse<HashBankKind>(row.GetString("Kind"), out var kind) ? kind : HashBankKind.Block,
        Enum.TryParse<HarmCategory>(row.GetString("Category"), out var category) ? category : null,
        row.GetInt32("MaxDistance") ?? HashBank.DefaultMaxDistance,
        row.GetInt64("Version") ?? 0,
        row.GetString("Description"));

    private static TableEntity ToRow(string bank, HashBankEntry e, string? snapshot)
    {
        var row = new TableEntity(HashBankTableKeys.EntryPartition(bank, e.Hash), HashBankTableKeys.EntryRow(e.Hash))
        {
            ["Label"] = e.Label,
            ["Source"] = e.Source,
            ["Date"] = e.Date,
            ["VerdictId"] = e.VerdictId,
            ["Category"] = e.Category?.ToString(),
        };
        if (snapshot is not null)
        {
            row[SnapshotColumn] = snapshot;
        }

        return row;
    }

    internal static string Describe(HashBank b) =>
        $"{b.Kind.ToString().ToLowerInvariant()}{(b.Category is { } c ? " " + c : "")}, max distance {b.MaxDistance}";

    private sealed record BankRow(HashBank Bank, string? Snapshot, ETag ETag, TableEntity Entity);

    /// <summary>Both tables, created on first use.</summary>
    private sealed class CreateOnceTables(TableClient banks, TableClient entries)
    {
        private readonly Verdicts.CreateOnce _banks = new(banks);
        private readonly Verdicts.CreateOnce _entries = new(entries);

        public async Task EnsureAsync(CancellationToken cancellationToken)
        {
            await _banks.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            await _entries.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
