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

        Index = new PdqIndex([.. hashes]);
    }

    public HashBank Bank { get; }

    public PdqIndex Index { get; }

    public int Count => Index.Count;

    public HashBankEntry Entry(int index) => _details.TryGetValue(index, out var e) ? e : new HashBankEntry(Index[index]);
}
