using GenScreen.Core.Verdicts;

namespace GenScreen.Core.HashBanks;

/// <summary>One hash in a bank, with what the list it came from said about it (all optional).</summary>
/// <param name="Label">The exchange's label or the reason it was banked.</param>
/// <param name="Source">Where the hash came from (a programme, a file, "genscreen").</param>
/// <param name="Date">When the source says it was added, as given.</param>
/// <param name="VerdictId">For pictures GenScreen quarantined: the image verdict (receipt) that blocked it.</param>
/// <param name="Category">Overrides the bank's category for this entry (the quarantined bank records the verdict's).</param>
public sealed record HashBankEntry(PdqHash Hash, string? Label = null, string? Source = null, string? Date = null, string? VerdictId = null, HarmCategory? Category = null)
{
    public bool HasDetails => Label is not null || Source is not null || Date is not null || VerdictId is not null || Category is not null;
}
