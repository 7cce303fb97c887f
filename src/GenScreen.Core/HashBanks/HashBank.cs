using System.Text.RegularExpressions;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.HashBanks;

/// <summary>
/// A named hash list. <see cref="Version"/> changes on every change to the bank (entries added or removed, settings
/// edited): it is the marker the hosts poll to reload a bank without a restart.
/// </summary>
/// <param name="Name">Lower-case letters, digits and dashes, 1 to 40 characters (it is part of table keys).</param>
/// <param name="Category">The category a block match is recorded under; null for allow banks.</param>
/// <param name="MaxDistance">Largest Hamming distance that is a match (PDQ's usual 31; at most <see cref="MaxAllowedDistance"/>).</param>
public sealed partial record HashBank(string Name, HashBankKind Kind, HarmCategory? Category, int MaxDistance, long Version, string? Description = null)
{
    public const int DefaultMaxDistance = 31;

    /// <summary>Above 63 bits two random PDQ hashes start to "match" (their distances centre on 128 with σ 8).</summary>
    public const int MaxAllowedDistance = 63;

    /// <summary>The built-in bank every image quarantined as a block is added to.</summary>
    public const string Quarantined = "quarantined";

    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    /// <summary>Throws <see cref="ArgumentException"/> with what is wrong; used by every way a bank is created.</summary>
    public void Validate()
    {
        if (!IsValidName(Name))
        {
            throw new ArgumentException($"Bank name '{Name}' is not valid: use 1 to 40 lower-case letters, digits and dashes, starting with a letter or digit.");
        }

        if (MaxDistance is < 0 or > MaxAllowedDistance)
        {
            throw new ArgumentException($"Bank '{Name}': maximum distance {MaxDistance} is outside 0..{MaxAllowedDistance}.");
        }

        if (Kind == HashBankKind.Block && Category is null)
        {
            throw new ArgumentException($"Block bank '{Name}' needs a category (what a match is blocked as).");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex NamePattern();
}
