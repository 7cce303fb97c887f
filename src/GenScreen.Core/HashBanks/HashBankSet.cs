namespace GenScreen.Core.HashBanks;

/// <summary>
/// An immutable snapshot of every loaded bank. A refresh builds a new set and swaps it in whole, so a screening
/// always matches against one consistent version of the banks.
/// </summary>
public sealed class HashBankSet
{
    public static readonly HashBankSet Empty = new([]);

    public HashBankSet(IEnumerable<LoadedHashBank> banks)
    {
        Banks = [.. banks];
    }

    public IReadOnlyList<LoadedHashBank> Banks { get; }

    public LoadedHashBank? Find(string name) => Banks.FirstOrDefault(b => b.Bank.Name == name);

    /// <summary>
    /// The best match per kind for the hashes of an image's frames. Hashes below <paramref name="minQuality"/> (flat,
    /// near-blank pictures, whose bits are mostly noise) never match.
    /// </summary>
    public HashBankMatches Match(IReadOnlyList<PdqHashes> frames, int minQuality)
    {
        ArgumentNullException.ThrowIfNull(frames);
        HashBankMatch? block = null;
        HashBankMatch? allow = null;
        var usable = 0;
        for (var f = 0; f < frames.Count; f++)
        {
            var hashes = frames[f];
            if (hashes.Quality < minQuality)
            {
                continue;
            }

            usable++;
            foreach (var bank in Banks)
            {
                if (Nearest(bank, hashes, f) is not { } match)
                {
                    continue;
                }

                if (bank.Bank.Kind == HashBankKind.Block)
                {
                    block = Better(block, match);
                }
                else
                {
                    allow = Better(allow, match);
                }
            }
        }

        return new HashBankMatches(block, allow, LowQuality: frames.Count > 0 && usable == 0);
    }

    private static HashBankMatch? Nearest(LoadedHashBank bank, PdqHashes hashes, int frame)
    {
        // The variants are probed together (PdqIndex.NearestOfAny): their random memory reads overlap.
        Span<PdqHash> variants = stackalloc PdqHash[hashes.Variants.Count];
        for (var v = 0; v < variants.Length; v++)
        {
            variants[v] = hashes.Variants[v];
        }

        var (variant, index, distance) = bank.Index.NearestOfAny(variants, bank.Bank.MaxDistance);
        return index < 0 ? null : new HashBankMatch(bank.Bank, bank.Entry(index), distance, (PdqDihedral)variant, frame);
    }

    private static HashBankMatch Better(HashBankMatch? current, HashBankMatch candidate) =>
        current is null || candidate.Distance < current.Distance ? candidate : current;
}
