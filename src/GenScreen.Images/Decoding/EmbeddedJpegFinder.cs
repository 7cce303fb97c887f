using System.Buffers.Binary;

namespace GenScreen.Images.Decoding;

/// <summary>
/// Finds the other pictures a JPEG carries besides the one its SOF/SOS describe: the EXIF thumbnail (APP1, IFD1
/// JPEGInterchangeFormat), the secondary images of a multi-picture file (APP2 "MPF", CIPA DC-007) and any JPEG
/// appended after the primary image's end-of-image marker (where MPF images live, and where a crafted file can hide
/// one without an index). Viewers, galleries and file managers show thumbnails and MPF images, so each must be
/// screened like the primary image; a pointer that leads outside the file, or a thumbnail stored in a form the
/// decoder cannot screen, is refused (fail closed), never skipped.
/// </summary>
/// <remarks>Managed and allocation-light; reads only header segments and the bytes after the primary EOI.</remarks>
internal static class EmbeddedJpegFinder
{
    private const ushort JpegInterchangeFormat = 0x0201;
    private const ushort JpegInterchangeFormatLength = 0x0202;
    private const ushort StripOffsets = 0x0111;
    private const ushort MpEntry = 0xB002;
    private const int MpEntrySize = 16;

    /// <summary>An embedded picture: where its bytes are in the file and what pointed to it.</summary>
    internal readonly record struct Embedded(int Offset, int Length, string Kind);

    /// <param name="data">A JPEG whose container walk succeeded.</param>
    /// <param name="primaryEnd">Offset just past the primary image's EOI.</param>
    /// <param name="maxImages">Stop and refuse past this many (each costs a decode).</param>
    /// <exception cref="DecodeRejectedException">A pointer is out of range, a thumbnail is uncompressed, or there are too many.</exception>
    internal static List<Embedded> Find(ReadOnlySpan<byte> data, int primaryEnd, int maxImages)
    {
        var found = new List<Embedded>();
        int pos = 2;
        while (pos + 4 <= data.Length && data[pos] == 0xFF)
        {
            byte code = data[pos + 1];
            if (code is 0xDA or 0xD9)
            {
                break; // header segments end at the first scan
            }

            if (code is >= 0xD0 and <= 0xD7 or 0x01 or 0xFF)
            {
                pos += code == 0xFF ? 1 : 2;
                continue;
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 2)..]);
            if (length < 2 || pos + 2 + length > data.Length)
            {
                break; // the container walk already vouched for the structure; be defensive anyway
            }

            int body = pos + 4;
            var segment = data.Slice(body, length - 2);
            if (code == 0xE1 && segment.StartsWith("Exif\0\0"u8))
            {
                AddExifThumbnail(data, body + 6, segment[6..], found);
            }
            else if (code == 0xE2 && segment.StartsWith("MPF\0"u8))
            {
                AddMpfImages(data, body + 4, segment[4..], found);
            }

            pos += 2 + length;
        }

        AddAppended(data, primaryEnd, found);
        found = [.. found.DistinctBy(e => e.Offset).OrderBy(e => e.Offset)];
        if (found.Count > maxImages)
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.TooManyFrames,
                $"the JPEG embeds {found.Count} further pictures (thumbnails, multi-picture images); at most {maxImages} are screened and none is skipped");
        }

        return found;
    }

    /// <summary>IFD0 → IFD1, whose JPEGInterchangeFormat/Length give the thumbnail inside the TIFF block.</summary>
    private static void AddExifThumbnail(ReadOnlySpan<byte> data, int tiffStart, ReadOnlySpan<byte> tiff, List<Embedded> found)
    {
        if (!TryReadTiffHeader(tiff, out bool little, out uint ifd0) || !TryReadIfd(tiff, ifd0, little, out int count0, out int entries0))
        {
            return; // no readable EXIF structure: nothing a viewer could show from it either
        }

        uint ifd1 = ReadU32(tiff, entries0 + (count0 * 12), little);
        if (ifd1 == 0 || !TryReadIfd(tiff, ifd1, little, out int count1, out int entries1))
        {
            return;
        }

        uint? offset = null, length = null;
        bool strips = false;
        for (int i = 0; i < count1; i++)
        {
            int e = entries1 + (i * 12);
            ushort tag = ReadU16(tiff, e, little);
            uint value = ReadTagValue(tiff, e, little);
            switch (tag)
            {
                case JpegInterchangeFormat: offset = value; break;
                case JpegInterchangeFormatLength: length = value; break;
                case StripOffsets: strips = true; break;
            }
        }

        if (offset is null && strips)
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.UnsupportedFormat, "the EXIF thumbnail is stored uncompressed (TIFF strips), which is not screened");
        }

        if (offset is null || length is null || length == 0)
        {
            return;
        }

        if ((ulong)offset.Value + length.Value > (ulong)tiff.Length)
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.Corrupt, $"the EXIF thumbnail ({length} bytes at {offset}) lies outside its APP1 segment");
        }

        found.Add(new Embedded(tiffStart + (int)offset.Value, (int)length.Value, "EXIF thumbnail"));
    }

    /// <summary>The MP Index IFD's MPEntry array: one 16-byte entry per picture; offsets count from the MPF TIFF header.</summary>
    private static void AddMpfImages(ReadOnlySpan<byte> data, int tiffStart, ReadOnlySpan<byte> tiff, List<Embedded> found)
    {
        if (!TryReadTiffHeader(tiff, out bool little, out uint ifd) || !TryReadIfd(tiff, ifd, little, out int count, out int entries))
        {
            throw new DecodeRejectedException(DecodeFailureReason.Corrupt, "the multi-picture (MPF) index cannot be read");
        }

        for (int i = 0; i < count; i++)
        {
            int e = entries + (i * 12);
            if (ReadU16(tiff, e, little) != MpEntry)
            {
                continue;
            }

            uint bytes = ReadU32(tiff, e + 4, little);
            uint at = ReadU32(tiff, e + 8, little);
            if (bytes % MpEntrySize != 0 || (ulong)at + bytes > (ulong)tiff.Length)
            {
                throw new DecodeRejectedException(DecodeFailureReason.Corrupt, "the multi-picture (MPF) entry list lies outside its APP2 segment");
            }

            for (int k = 0; k < bytes / MpEntrySize; k++)
            {
                int entry = (int)at + (k * MpEntrySize);
                uint size = ReadU32(tiff, entry + 4, little);
                uint offset = ReadU32(tiff, entry + 8, little);
                if (offset == 0)
                {
                    continue; // the primary image itself
                }

                if ((ulong)tiffStart + offset + size > (ulong)data.Length || size == 0)
                {
                    throw new DecodeRejectedException(
                        DecodeFailureReason.Truncated, $"multi-picture image {k + 1} ({size} bytes at {tiffStart + offset}) lies outside the file");
                }

                found.Add(new Embedded(tiffStart + (int)offset, (int)size, $"multi-picture image {k + 1}"));
            }
        }
    }

    /// <summary>JPEG streams that follow the primary EOI back to back (MPF images; or one appended without an index).</summary>
    private static void AddAppended(ReadOnlySpan<byte> data, int pos, List<Embedded> found)
    {
        int n = 0;
        while (pos + 3 <= data.Length && data[pos] == 0xFF && data[pos + 1] == 0xD8 && data[pos + 2] == 0xFF)
        {
            var report = JpegContainer.Inspect(data[pos..]);
            if (report.Status != ContainerStatus.Complete)
            {
                throw new DecodeRejectedException(
                    report.Status == ContainerStatus.Truncated ? DecodeFailureReason.Truncated : DecodeFailureReason.Corrupt,
                    $"a JPEG appended after the image (at byte {pos}) is damaged: {report.Message}");
            }

            found.Add(new Embedded(pos, report.EndOffset, $"appended picture {++n}"));
            pos += report.EndOffset;
        }
    }

    private static bool TryReadTiffHeader(ReadOnlySpan<byte> tiff, out bool little, out uint firstIfd)
    {
        little = tiff.StartsWith("II*\0"u8);
        firstIfd = 0;
        if (tiff.Length < 8 || !(little || tiff.StartsWith("MM\0*"u8)))
        {
            return false;
        }

        firstIfd = ReadU32(tiff, 4, little);
        return true;
    }

    /// <summary>An IFD that fits: its entry count and where its entries start; the next-IFD pointer follows them.</summary>
    private static bool TryReadIfd(ReadOnlySpan<byte> tiff, uint at, bool little, out int count, out int entries)
    {
        count = 0;
        entries = 0;
        if (at < 8 || (ulong)at + 2 > (ulong)tiff.Length)
        {
            return false;
        }

        count = ReadU16(tiff, (int)at, little);
        entries = (int)at + 2;
        return (ulong)entries + ((ulong)count * 12) + 4 <= (ulong)tiff.Length;
    }

    /// <summary>A SHORT or LONG value stored inline (the only forms these tags take).</summary>
    private static uint ReadTagValue(ReadOnlySpan<byte> tiff, int entry, bool little) =>
        ReadU16(tiff, entry + 2, little) == 3 ? ReadU16(tiff, entry + 8, little) : ReadU32(tiff, entry + 8, little);

    private static ushort ReadU16(ReadOnlySpan<byte> s, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(s[at..]) : BinaryPrimitives.ReadUInt16BigEndian(s[at..]);

    private static uint ReadU32(ReadOnlySpan<byte> s, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(s[at..]) : BinaryPrimitives.ReadUInt32BigEndian(s[at..]);
}
