using Azure;
using Azure.Data.Tables;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.HashBanks;

/// <summary>Thrown for a bank operation that cannot be done as asked (unknown bank, a name taken, bad settings).</summary>
public sealed class HashBankException(string message) : Exception(message);

/// <summary>
/// Durable banks in Table storage: one settings row per bank (table <c>HashBanks:BankTable</c>) carrying its
/// <see cref="HashBank.Version"/>, the change marker hosts poll, and one row per banked hash (table
/// <c>HashBanks:EntryTable</c>, keys in <see cref="HashBankTableKeys"/>). Every write bumps the bank's version
/// after its entries are written, so a host that sees the new version loads them all.
/// </summary>
public sealed class HashBankStore
{
    private const int BatchSize = 100; // Table storage's limit per transaction (one partition)
    private const int ParallelBatches = 8;

    private readonly TableClient _banks;
    private readonly TableClient _entries;
    private readonly CreateOnce _banksCreated;
    private readonly CreateOnce _entriesCreated;

    public HashBankStore(TableServiceClient service, IOptions<HashBankOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        _banks = service.GetTableClient(options.Value.BankTable);
        _entries = service.GetTableClient(options.Value.EntryTable);
        _banksCreated = new CreateOnce(_banks);
        _entriesCreated = new CreateOnce(_entries);
    }

    public async Task<IReadOnlyList<HashBank>> ListAsync(CancellationToken cancellationToken)
    {
        await _banksCreated.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var banks = new List<HashBank>();
        await foreach (var row in _banks.QueryAsync<TableEntity>(e => e.PartitionKey == HashBankTableKeys.BankPartition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            banks.Add(ToBank(row));
        }

        return banks;
    }

    public async Task<HashBank?> GetAsync(string name, CancellationToken cancellationToken)
    {
        await _banksCreated.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await _banks.GetEntityIfExistsAsync<TableEntity>(HashBankTableKeys.BankPartition, name, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? ToBank(row.Value!) : null;
    }

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

        await _banksCreated.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
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
    /// Writes <paramref name="entries"/> (upserts: adding a hash again replaces its details) and bumps the bank's
    /// version. Idempotent, so an import cut short by a storage failure is completed by running it again.
    /// </summary>
    /// <param name="progress">Called with the number of entries written so far.</param>
    public async Task<HashBank> AddAsync(string bank, IReadOnlyCollection<HashBankEntry> entries, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _ = await RequireAsync(bank, cancellationToken).ConfigureAwait(false);
        await _entriesCreated.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var batches = entries
            .GroupBy(e => e.Hash)
            .Select(g => g.Last())
            .GroupBy(e => HashBankTableKeys.EntryPartition(bank, e.Hash))
            .SelectMany(p => p.Chunk(BatchSize))
            .ToList();
        var written = 0;
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = ParallelBatches, CancellationToken = cancellationToken }, async (batch, ct) =>
        {
            var actions = batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToRow(bank, e))).ToList();
            await _entries.SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
            progress?.Report(Interlocked.Add(ref written, batch.Length));
        }).ConfigureAwait(false);

        return await BumpAsync(bank, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes hashes from a bank (absent ones are ignored) and bumps its version; returns how many were there.</summary>
    /// <param name="onlyVerdictId">Remove an entry only when it was banked for this verdict (releasing a quarantined image).</param>
    public async Task<int> RemoveAsync(string bank, IEnumerable<PdqHash> hashes, CancellationToken cancellationToken, string? onlyVerdictId = null)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        _ = await RequireAsync(bank, cancellationToken).ConfigureAwait(false);
        await _entriesCreated.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var removed = 0;
        foreach (var hash in hashes.Distinct())
        {
            var partition = HashBankTableKeys.EntryPartition(bank, hash);
            var row = HashBankTableKeys.EntryRow(hash);
            var existing = await _entries.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!existing.HasValue || (onlyVerdictId is not null && existing.Value!.GetString("VerdictId") != onlyVerdictId))
            {
                continue;
            }

            try
            {
                await _entries.DeleteEntityAsync(partition, row, existing.Value!.ETag, cancellationToken).ConfigureAwait(false);
                removed++;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // removed or replaced meanwhile
            }
        }

        await BumpAsync(bank, cancellationToken).ConfigureAwait(false);
        return removed;
    }

    /// <summary>Every entry of a bank, in key order (partition by partition).</summary>
    public async IAsyncEnumerable<HashBankEntry> EntriesAsync(string bank, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _entriesCreated.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var row in _entries.QueryAsync<TableEntity>(HashBankTableKeys.RangeFilter(bank), maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (PdqHash.TryParse(row.RowKey, out var hash))
            {
                yield return new HashBankEntry(hash, row.GetString("Label"), row.GetString("Source"), row.GetString("Date"), row.GetString("VerdictId"),
                    Enum.TryParse<HarmCategory>(row.GetString("Category"), out var c) ? c : null);
            }
        }
    }

    public async Task<LoadedHashBank> LoadAsync(HashBank bank, CancellationToken cancellationToken)
    {
        var entries = new List<HashBankEntry>();
        await foreach (var e in EntriesAsync(bank.Name, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(e);
        }

        return new LoadedHashBank(bank, entries);
    }

    private async Task<HashBank> RequireAsync(string bank, CancellationToken cancellationToken) =>
        await GetAsync(bank, cancellationToken).ConfigureAwait(false)
        ?? throw new HashBankException($"There is no bank '{bank}' (create it first: genscreen banks create).");

    /// <summary>The change marker: version + 1, guarded by the row's ETag (concurrent writers each get their own increment).</summary>
    private async Task<HashBank> BumpAsync(string name, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var row = (await _banks.GetEntityAsync<TableEntity>(HashBankTableKeys.BankPartition, name, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            var bank = ToBank(row) with { };
            bank = bank with { Version = bank.Version + 1 };
            try
            {
                await _banks.UpdateEntityAsync(ToRow(bank), row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
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

    private static TableEntity ToRow(string bank, HashBankEntry e) => new(HashBankTableKeys.EntryPartition(bank, e.Hash), HashBankTableKeys.EntryRow(e.Hash))
    {
        ["Label"] = e.Label,
        ["Source"] = e.Source,
        ["Date"] = e.Date,
        ["VerdictId"] = e.VerdictId,
        ["Category"] = e.Category?.ToString(),
    };

    internal static string Describe(HashBank b) =>
        $"{b.Kind.ToString().ToLowerInvariant()}{(b.Category is { } c ? " " + c : "")}, max distance {b.MaxDistance}";
}
