namespace GenScreen.Core.HashBanks;

/// <summary>
/// A bank in memory: its settings, its hashes behind a <see cref="PdqIndex"/>, and the details (label, source, date,
/// verdict id) of the entries that have any, kept aside so that a plain list of hashes costs nothing more.
/// Immutable: <see cref="With"/> returns the bank after a change (entries added or removed) without rebuilding the
/// index tables unless the index says a rebuild pays.
/// </summary>
public sealed class LoadedHashBank
{
    // Details of the indexed (main) positions, shared by every bank derived by With; details of later positions apart.
    private readonly Dictionary<int, HashBankEntry> _details;
    private readonly Dictionary<int, HashBankEntry> _deltaDetails;

    public LoadedHashBank(HashBank bank, IEnumerable<HashBankEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(entries);
        Bank = bank;
        var hashes = new List<PdqHash>();
        var positions = new Dictionary<PdqHash, int>();
        var details = new Dictionary<int, HashBankEntry>();
        foreach (var entry in entries)
        {
            // One position per distinct hash; a later copy's details win (the store keeps one row per hash anyway).
            if (!positions.TryGetValue(entry.Hash, out var i))
            {
                i = hashes.Count;
                positions[entry.Hash] = i;
                hashes.Add(entry.Hash);
            }

            if (entry.HasDetails)
            {
                details[i] = entry;
            }
            else
            {
                details.Remove(i);
            }
        }

        // Sorted by the first word, whatever the layout the index needs no list for its first chunk (the top bits of
        // that word, see PdqIndexLayout); details follow.
        var order = new int[hashes.Count];
        var keys = new ulong[hashes.Count];
        for (var k = 0; k < order.Length; k++)
        {
            order[k] = k;
            keys[k] = hashes[k].Bits0;
        }

        Array.Sort(keys, order);
        var sorted = new PdqHash[order.Length];
        _details = new Dictionary<int, HashBankEntry>(details.Count);
        for (var k = 0; k < order.Length; k++)
        {
            sorted[k] = hashes[order[k]];
            if (details.TryGetValue(order[k], out var entry))
            {
                _details[k] = entry;
            }
        }

        _deltaDetails = [];
        Index = new PdqIndex(sorted);
    }

    private LoadedHashBank(HashBank bank, PdqIndex index, Dictionary<int, HashBankEntry> details, Dictionary<int, HashBankEntry> deltaDetails)
    {
        Bank = bank;
        Index = index;
        _details = details;
        _deltaDetails = deltaDetails;
    }

    public HashBank Bank { get; }

    public PdqIndex Index { get; }

    /// <summary>Hashes that can match.</summary>
    public int Count => Index.Count;

    public HashBankEntry Entry(int index) =>
        _deltaDetails.TryGetValue(index, out var d) ? d : _details.TryGetValue(index, out var e) ? e : new HashBankEntry(Index[index]);

    /// <summary>Every entry that can match, in position order.</summary>
    public IEnumerable<HashBankEntry> Entries()
    {
        for (var i = 0; i < Index.Positions; i++)
        {
            if (!Index.IsRemoved(i))
            {
                yield return Entry(i);
            }
        }
    }

    /// <summary>
    /// This bank after <paramref name="added"/> (a hash already there gets the new details) and
    /// <paramref name="removed"/> (absent hashes ignored), under the settings and version <paramref name="bank"/>.
    /// Additions go to the index's delta (scanned linearly) and removals are marks, so a quarantine or a release
    /// costs a copy of the hash words, not a rebuild of the tables; the bank is rebuilt when the delta outgrows
    /// <see cref="PdqIndex.NeedsRebuild"/>.
    /// </summary>
    public LoadedHashBank With(HashBank bank, IReadOnlyCollection<HashBankEntry> added, IEnumerable<PdqHash> removed)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(removed);
        var gone = new HashSet<int>();
        foreach (var hash in removed.Concat(added.Select(e => e.Hash)))
        {
            if (Index.Find(hash) is var p and >= 0)
            {
                gone.Add(p);
            }
        }

        var fresh = added.GroupBy(e => e.Hash).Select(g => g.Last()).ToList();
        var index = Index.With([.. fresh.Select(e => e.Hash)], gone);
        var deltaDetails = new Dictionary<int, HashBankEntry>(_deltaDetails);
        for (var k = 0; k < fresh.Count; k++)
        {
            if (fresh[k].HasDetails)
            {
                deltaDetails[Index.Positions + k] = fresh[k];
            }
        }

        var next = new LoadedHashBank(bank, index, _details, deltaDetails);
        return index.NeedsRebuild ? new LoadedHashBank(bank, next.Entries()) : next;
    }
}
