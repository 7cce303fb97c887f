using GenScreen.Core.HashBanks;

namespace GenScreen.Storage.HashBanks;

/// <summary>
/// Table keys of the bank tables. Entries are spread over 256 partitions per bank by the first two hex digits of the
/// hash (PDQ's top bits are close to uniform), as verdict rows are by their id (docs/storage.md): an import writes
/// batches to many partitions at once and no partition nears its 2,000 entities/s target. A bank's entries are one
/// key range ("name~00" to "name~ff"), so loading a bank is one range query.
/// </summary>
internal static class HashBankTableKeys
{
    /// <summary>Partition of the bank-settings rows: few rows, read together at every refresh.</summary>
    public const string BankPartition = "bank";

    public static string EntryPartition(string bank, PdqHash hash) => bank + "~" + hash.ToString()[..2];

    public static string EntryRow(PdqHash hash) => hash.ToString();

    public static string RangeFilter(string bank) =>
        $"PartitionKey ge '{bank}~00' and PartitionKey le '{bank}~ff'";
}
