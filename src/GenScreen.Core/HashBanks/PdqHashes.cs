namespace GenScreen.Core.HashBanks;

/// <summary>
/// The PDQ hash of one picture with its quality and its eight dihedral variants (index = <see cref="PdqDihedral"/>;
/// index 0 is <see cref="Hash"/>). The variants come from the same DCT (sign changes and a transposition), so a
/// rotated or mirrored copy of a banked picture is found by looking its variants up, not by hashing it eight times.
/// </summary>
public sealed record PdqHashes(PdqHash Hash, int Quality, IReadOnlyList<PdqHash> Variants)
{
    /// <summary>Meta's recommended floor: hashes of lower quality (flat, near-blank pictures) are not used for matching.</summary>
    public const int DefaultMinQuality = 50;

    public PdqHash Variant(PdqDihedral d) => Variants[(int)d];
}
