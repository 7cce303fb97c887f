using GenScreen.Core.HashBanks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.HashBanks;

/// <summary>
/// The banks in memory (<see cref="IHashBankSource"/>). Loaded before the host serves (start-up waits for the first
/// load; a storage failure then is logged and retried at the next poll, and screening meanwhile matches nothing
/// rather than refusing images). Then every <see cref="HashBankOptions.RefreshInterval"/>, on the host's
/// <see cref="TimeProvider"/>, the bank table is read (one small query: the settings rows and their versions) and
/// only banks whose version changed are reloaded; new ones are added, deleted ones dropped. The new snapshot is
/// swapped in whole. A change made through this process (<see cref="QuarantineBanker"/>) is reloaded at once.
/// </summary>
public sealed partial class HashBankCache(HashBankStore store, IOptions<HashBankOptions> options, TimeProvider time, ILogger<HashBankCache> logger)
    : BackgroundService, IHashBankSource
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private volatile HashBankSet _current = HashBankSet.Empty;

    public HashBankSet Current => _current;

    public HashBankOptions Options => options.Value;

    /// <summary>Completed refreshes (for tests and health: a host that stopped refreshing shows it).</summary>
    public int Refreshes { get; private set; }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            await TryRefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            await TryRefreshAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the change markers and reloads what changed; returns the new snapshot.</summary>
    public async Task<HashBankSet> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _current;
            var loaded = new List<LoadedHashBank>();
            foreach (var bank in await store.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                var known = current.Find(bank.Name);
                if (known is not null && known.Bank == bank)
                {
                    loaded.Add(known);
                    continue;
                }

                var fresh = await store.LoadAsync(bank, cancellationToken).ConfigureAwait(false);
                LogLoaded(logger, bank.Name, bank.Version, fresh.Count);
                loaded.Add(fresh);
            }

            var next = new HashBankSet(loaded);
            _current = next;
            Refreshes++;
            return next;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <summary>
    /// A change this process has just written (<paramref name="updated"/>: the bank as its version was bumped). When the
    /// loaded bank is the version just before it (no other writer in between), the change is applied in place
    /// (<see cref="LoadedHashBank.With"/>: the additions go to the index's delta, no reload of the bank's entries);
    /// otherwise the banks are refreshed from storage.
    /// </summary>
    public async Task ApplyAsync(HashBank updated, IReadOnlyCollection<HashBankEntry> added, IReadOnlyCollection<PdqHash> removed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updated);
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _current;
            if (current.Find(updated.Name) is { } known && known.Bank with { Version = updated.Version } == updated && known.Bank.Version + 1 == updated.Version)
            {
                var next = known.With(updated, added, removed);
                _current = new HashBankSet(current.Banks.Select(b => ReferenceEquals(b, known) ? next : b));
                return;
            }
        }
        finally
        {
            _refreshing.Release();
        }

        await RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task TryRefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogRefreshFailed(logger, ex);
        }
    }

    public override void Dispose()
    {
        _refreshing.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hash bank {Bank} version {Version} loaded: {Count} hashes")]
    private static partial void LogLoaded(ILogger logger, string bank, long version, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Hash banks could not be refreshed; the previous snapshot stays in use until the next poll")]
    private static partial void LogRefreshFailed(ILogger logger, Exception ex);
}
