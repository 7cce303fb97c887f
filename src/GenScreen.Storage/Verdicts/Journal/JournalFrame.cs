using System.Buffers.Binary;
using System.IO.Hashing;

namespace GenScreen.Storage.Verdicts.Journal;

/// <summary>
/// One journal record on disk: <c>magic (4) | payload length (4, little-endian) | CRC-32 of length and payload (4) | payload</c>.
/// The magic starts with 0xF5, a byte that never occurs in UTF-8, so it cannot appear inside a (JSON) payload:
/// after a damaged record the reader finds the next one by scanning for it.
/// </summary>
internal static class JournalFrame
{
    public const int HeaderLength = 12;

    /// <summary>Far above any verdict (prompts are capped well below); a larger length is damage, not data.</summary>
    public const int MaxPayloadLength = 4 * 1024 * 1024;

    private static ReadOnlySpan<byte> Magic => [0xF5, (byte)'G', (byte)'S', (byte)'J'];

    public static byte[] Encode(ReadOnlySpan<byte> payload)
    {
        var frame = new byte[HeaderLength + payload.Length];
        Magic.CopyTo(frame);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(4), payload.Length);
        payload.CopyTo(frame.AsSpan(HeaderLength));
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(8), Checksum(frame.AsSpan(4, 4), payload));
        return frame;
    }

    /// <summary>
    /// Every intact record of <paramref name="data"/>, in order. Damaged bytes are skipped up to the next magic and
    /// reported; <see cref="JournalScan.TornTailAt"/> is where an incomplete last record starts (a crash mid-append).
    /// </summary>
    public static JournalScan Scan(ReadOnlySpan<byte> data)
    {
        var records = new List<byte[]>();
        var damaged = new List<JournalDamage>();
        var offset = 0;
        long? tornTail = null;
        var endOfLastGood = 0;
        while (offset < data.Length)
        {
            var rest = data[offset..];
            if (rest.Length >= Magic.Length && rest[..Magic.Length].SequenceEqual(Magic))
            {
                if (rest.Length < HeaderLength)
                {
                    tornTail = offset;
                    break;
                }

                var length = BinaryPrimitives.ReadInt32LittleEndian(rest[4..]);
                if (length is >= 0 and <= MaxPayloadLength)
                {
                    if (rest.Length < HeaderLength + length)
                    {
                        // Incomplete: a torn tail if nothing intact follows it, else damage in the middle.
                        var next = NextMagic(data, offset + 1);
                        if (next < 0)
                        {
                            tornTail = offset;
                            break;
                        }

                        damaged.Add(new JournalDamage(offset, next - offset));
                        offset = next;
                        continue;
                    }

                    var payload = rest.Slice(HeaderLength, length);
                    if (BinaryPrimitives.ReadUInt32LittleEndian(rest[8..]) == Checksum(rest.Slice(4, 4), payload))
                    {
                        records.Add(payload.ToArray());
                        offset += HeaderLength + length;
                        endOfLastGood = offset;
                        continue;
                    }
                }
            }

            // Not a valid record here: skip to the next magic (or the end), reporting the bytes skipped.
            var resume = NextMagic(data, offset + 1);
            if (resume < 0 && rest.Length < Magic.Length && Magic.StartsWith(rest))
            {
                tornTail = offset; // the crash came inside the magic itself
                break;
            }

            var end = resume < 0 ? data.Length : resume;
            damaged.Add(new JournalDamage(offset, end - offset));
            offset = end;
        }

        return new JournalScan(records, damaged, tornTail, endOfLastGood);
    }

    private static int NextMagic(ReadOnlySpan<byte> data, int from)
    {
        if (from >= data.Length)
        {
            return -1;
        }

        var found = data[from..].IndexOf(Magic);
        return found < 0 ? -1 : from + found;
    }

    private static uint Checksum(ReadOnlySpan<byte> length, ReadOnlySpan<byte> payload)
    {
        var crc = new Crc32();
        crc.Append(length);
        crc.Append(payload);
        return crc.GetCurrentHashAsUInt32();
    }
}

/// <summary>What a scan found: the intact records, the damaged byte ranges skipped, and a torn last record.</summary>
internal sealed record JournalScan(IReadOnlyList<byte[]> Records, IReadOnlyList<JournalDamage> Damaged, long? TornTailAt, long EndOfLastGoodRecord);

/// <summary>Bytes that were not an intact record (a flipped bit, a torn write overwritten by later appends).</summary>
internal sealed record JournalDamage(long Offset, long Length);
