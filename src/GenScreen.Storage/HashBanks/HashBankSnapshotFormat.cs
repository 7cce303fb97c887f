using System.Runtime.InteropServices;
using System.Text;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.HashBanks;

/// <summary>
/// The bytes of a bank snapshot blob: a whole bank version in one sequential read.
/// <code>
/// "GSPDQSN1"  count (int64)  detailCount (int64)
/// count × 32 bytes   the hashes (PdqHash words 0..3, little-endian), sorted in hex order, no duplicates
/// detailCount ×      position (int32), flags (byte), then each present field as a length-prefixed UTF-8 string:
///                    label, source, date, verdict id, category name
/// "GSPDQEND"  count (int64)   (a cut-off blob is refused, not loaded as a smaller bank)
/// </code>
/// The hashes come first and fixed-size so a reader copies them straight into an array; only entries with details
/// pay for them (a plain list of hashes is 32 bytes per hash). Categories are written by name, so reordering
/// <see cref="HarmCategory"/> never changes what a stored snapshot means.
/// </summary>
internal static class HashBankSnapshotFormat
{
    private const int HashBytes = 32;
    private const int ChunkHashes = 32_768; // 1 MiB per read or write
    private static readonly byte[] Magic = "GSPDQSN1"u8.ToArray();
    private static readonly byte[] EndMagic = "GSPDQEND"u8.ToArray();

    [Flags]
    private enum Fields : byte
    {
        None = 0,
        Label = 1,
        Source = 2,
        Date = 4,
        VerdictId = 8,
        Category = 16,
    }

    /// <summary>Entries in the snapshot's order: by hash in hex order, one per hash (the last one given wins).</summary>
    public static HashBankEntry[] Normalize(IEnumerable<HashBankEntry> entries)
    {
        var last = new Dictionary<PdqHash, HashBankEntry>();
        foreach (var e in entries)
        {
            last[e.Hash] = e;
        }

        var sorted = last.Values.ToArray();
        Array.Sort(sorted, static (a, b) => HexOrder(a.Hash, b.Hash));
        return sorted;
    }

    /// <summary>Orders hashes as their hex strings sort (the order of the entry table's keys and of an export).</summary>
    public static int HexOrder(PdqHash a, PdqHash b)
    {
        var c = a.Bits3.CompareTo(b.Bits3);
        if (c != 0)
        {
            return c;
        }

        c = a.Bits2.CompareTo(b.Bits2);
        return c != 0 ? c : (c = a.Bits1.CompareTo(b.Bits1)) != 0 ? c : a.Bits0.CompareTo(b.Bits0);
    }

    /// <summary>Writes <paramref name="entries"/>, which must come from <see cref="Normalize"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<HashBankEntry> entries)
    {
        RequireLittleEndian();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        long detailCount = entries.Count(e => e.HasDetails);
        writer.Write(Magic);
        writer.Write((long)entries.Count);
        writer.Write(detailCount);
        var chunk = new PdqHash[ChunkHashes];
        for (var start = 0; start < entries.Count; start += ChunkHashes)
        {
            var n = Math.Min(ChunkHashes, entries.Count - start);
            for (var k = 0; k < n; k++)
            {
                chunk[k] = entries[start + k].Hash;
            }

            writer.Write(MemoryMarshal.AsBytes(chunk.AsSpan(0, n)));
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (!e.HasDetails)
            {
                continue;
            }

            var fields = (e.Label is null ? Fields.None : Fields.Label) | (e.Source is null ? Fields.None : Fields.Source) | (e.Date is null ? Fields.None : Fields.Date)
                | (e.VerdictId is null ? Fields.None : Fields.VerdictId) | (e.Category is null ? Fields.None : Fields.Category);
            writer.Write(i);
            writer.Write((byte)fields);
            WriteIf(writer, e.Label);
            WriteIf(writer, e.Source);
            WriteIf(writer, e.Date);
            WriteIf(writer, e.VerdictId);
            WriteIf(writer, e.Category?.ToString());
        }

        writer.Write(EndMagic);
        writer.Write((long)entries.Count);
    }

    /// <summary>Reads a whole snapshot; <see cref="InvalidDataException"/> when it is not one or is cut off.</summary>
    public static HashBankEntry[] Read(Stream stream)
    {
        RequireLittleEndian();
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            Expect(reader, Magic, "not a hash bank snapshot");
            var count = reader.ReadInt64();
            var detailCount = reader.ReadInt64();
            if (count is < 0 or > int.MaxValue / HashBytes || detailCount < 0 || detailCount > count)
            {
                throw new InvalidDataException($"Hash bank snapshot header is corrupt ({count} hashes, {detailCount} with details).");
            }

            var hashes = new PdqHash[count];
            for (var start = 0; start < hashes.Length; start += ChunkHashes)
            {
                reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(hashes.AsSpan(start, (int)Math.Min(ChunkHashes, count - start))));
            }

            var entries = new HashBankEntry[count];
            for (var d = 0L; d < detailCount; d++)
            {
                var i = reader.ReadInt32();
                if (i < 0 || i >= count)
                {
                    throw new InvalidDataException($"Hash bank snapshot names entry {i} of {count}.");
                }

                var fields = (Fields)reader.ReadByte();
                var label = ReadIf(reader, fields, Fields.Label);
                var source = ReadIf(reader, fields, Fields.Source);
                var date = ReadIf(reader, fields, Fields.Date);
                var verdict = ReadIf(reader, fields, Fields.VerdictId);
                HarmCategory? category = ReadIf(reader, fields, Fields.Category) is { } c ? Enum.Parse<HarmCategory>(c) : null;
                entries[i] = new HashBankEntry(hashes[i], label, source, date, verdict, category);
            }

            Expect(reader, EndMagic, "hash bank snapshot is cut off");
            if (reader.ReadInt64() != count)
            {
                throw new InvalidDataException("Hash bank snapshot trailer does not match its header.");
            }

            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] ??= new HashBankEntry(hashes[i]);
            }

            return entries;
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("Hash bank snapshot is cut off.", ex);
        }
    }

    private static void WriteIf(BinaryWriter writer, string? value)
    {
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadIf(BinaryReader reader, Fields fields, Fields field) => (fields & field) != 0 ? reader.ReadString() : null;

    private static void Expect(BinaryReader reader, byte[] magic, string problem)
    {
        Span<byte> read = stackalloc byte[8];
        reader.BaseStream.ReadExactly(read);
        if (!read.SequenceEqual(magic))
        {
            throw new InvalidDataException(char.ToUpperInvariant(problem[0]) + problem[1..] + ".");
        }
    }

    // The hash words are copied as raw memory; every platform .NET runs GenScreen on is little-endian.
    private static void RequireLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Hash bank snapshots are read and written on little-endian machines only.");
        }
    }
}
