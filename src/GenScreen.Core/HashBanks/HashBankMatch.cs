namespace GenScreen.Core.HashBanks;

/// <summary>The closest banked hash to an image (over its eight dihedral variants) within the bank's distance.</summary>
/// <param name="Variant">Which variant of the image matched: <see cref="PdqDihedral.Original"/>, or how the banked picture was turned.</param>
/// <param name="Frame">The frame of the image whose hash matched (0 for still images).</param>
public sealed record HashBankMatch(HashBank Bank, HashBankEntry Entry, int Distance, PdqDihedral Variant, int Frame = 0);

/// <summary>The best block-bank and allow-bank matches of one image, and whether its hash could be matched at all.</summary>
public sealed record HashBankMatches(HashBankMatch? Block, HashBankMatch? Allow, bool LowQuality)
{
    public static readonly HashBankMatches None = new(null, null, false);
}
