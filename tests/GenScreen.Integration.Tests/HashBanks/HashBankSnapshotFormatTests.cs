using GenScreen.Core.HashBanks;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.HashBanks;

namespace GenScreen.Integration.Tests.HashBanks;

/// <summary>The snapshot blob's bytes: every field round-trips, and a cut-off or foreign blob is refused rather than loaded as a smaller bank.</summary>
public sealed class HashBankSnapshotFormatTests
{
    [Fact]
    public void Every_field_round_trips_in_hash_order_with_one_entry_per_hash()
    {
        var entries = HashBankSnapshotTests.Entries(21, 1_000);
        var duplicate = entries[10] with { Label = "the later copy wins", VerdictId = "v-1", Category = HarmCategory.SexualMinors, Date = null };
        var normalized = HashBankSnapshotFormat.Normalize([.. entries, duplicate]);

        var read = HashBankSnapshotFormat.Read(new MemoryStream(Bytes(normalized)));

        Assert.Equal(entries.Count, read.Length);
        Assert.Equal(entries.Select(e => e.Hash == duplicate.Hash ? duplicate : e).OrderBy(e => e.Hash.ToString(), StringComparer.Ordinal), read);
    }

    [Fact]
    public void A_cut_off_or_foreign_blob_is_refused()
    {
        var bytes = Bytes(HashBankSnapshotFormat.Normalize(HashBankSnapshotTests.Entries(22, 50)));

        foreach (var length in new[] { 0, 7, 8, 24, 24 + (32 * 50) - 1, 24 + (32 * 50), bytes.Length - 9, bytes.Length - 1 })
        {
            Assert.Throws<InvalidDataException>(() => HashBankSnapshotFormat.Read(new MemoryStream(bytes[..length])));
        }

        var foreign = (byte[])bytes.Clone();
        foreign[0] = (byte)'X';
        Assert.Throws<InvalidDataException>(() => HashBankSnapshotFormat.Read(new MemoryStream(foreign)));
        Assert.Equal(50, HashBankSnapshotFormat.Read(new MemoryStream(bytes)).Length);
    }

    private static byte[] Bytes(IReadOnlyList<HashBankEntry> entries)
    {
        using var stream = new MemoryStream();
        HashBankSnapshotFormat.Write(stream, entries);
        return stream.ToArray();
    }
}
