namespace GenScreen.Core.HashBanks;

/// <summary>
/// A bank in memory: its settings, its hashes behind a <see cref="PdqIndex"/>, and the details (label, source, date,
/// verdict id) of the entries that have any, kept aside so that a plain list of hashes costs nothing more.
/// </summary>
public sealed class LoadedHashBank
{
    private readonly Dictionary<int, HashBankEntry> _details;

    public LoadedHashBank(HashBank bank, IEnumerable<HashBankEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(entries);
        Bank = bank;
        var hashes = new List<PdqHash>();
        var positions = new Dictionary<PdqHash, int>();
        _details = [];
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
                _details[i] = entry;
            }
            else
            {
                _details.Remove(i);
            }
        }

        // Sorted by the first 16-bit chunk, the index needs no list for that chunk (see PdqIndex); details follow.
        var order = Enumerable.Range(0, hashes.Count).OrderBy(i => hashes[i].Chunk(0)).ToArray();
        var sorted = new PdqHash[order.Length];
        var details = new Dictionary<int, HashBankEntry>(_details.Count);
        for (var k = 0; k < order.Length; k++)
        {
            sorted[k] = hashes[order[k]];
            if (_details.TryGetValue(order[k], out var entry))
            {
                details[k] = entry;
            }
        }

        _details = details;
        Index = new PdqIndex(sorted);
    }

    public HashBank Bank { get; }

    public PdqIndex Index { get; }

    public int Count => Index.Count;

    public HashBankEntry Entry(int index) => _details.TryGetValue(index, out var e) ? e : new HashBankEntry(Index[index]);
}
