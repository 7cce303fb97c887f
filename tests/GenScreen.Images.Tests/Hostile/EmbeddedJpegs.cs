using System.Buffers.Binary;
using SkiaSharp;

namespace GenScreen.Images.Tests.Hostile;

/// <summary>
/// Builds JPEGs that carry a second picture the way cameras and phones do: an EXIF thumbnail (APP1, IFD1
/// JPEGInterchangeFormat/Length), a multi-picture file (APP2 "MPF" index, the second image after the first's EOI), or
/// a JPEG simply appended after the end. Written byte by byte here from the EXIF 2.3 and CIPA DC-007 layouts.
/// </summary>
internal static class EmbeddedJpegs
{
    /// <summary>The picture at <paramref name="path"/> re-encoded as a baseline JPEG, its longest side at most <paramref name="maxSide"/>.</summary>
    public static byte[] Jpeg(string path, int maxSide, int quality = 85)
    {
        using var original = SKBitmap.Decode(path) ?? throw new InvalidDataException($"SkiaSharp cannot decode {path}.");
        double scale = Math.Min(1.0, (double)maxSide / Math.Max(original.Width, original.Height));
        var info = new SKImageInfo(Math.Max(1, (int)(original.Width * scale)), Math.Max(1, (int)(original.Height * scale)), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var resized = original.Resize(info, new SKSamplingOptions(SKCubicResampler.CatmullRom)) ?? throw new InvalidOperationException("resize failed");
        using var data = resized.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }

    /// <summary><paramref name="primary"/> with an APP1 Exif segment right after SOI whose IFD1 holds <paramref name="thumbnail"/>.</summary>
    public static byte[] WithExifThumbnail(byte[] primary, byte[] thumbnail)
    {
        // TIFF (little-endian): header 8, IFD0 with no entries (2 + 4), IFD1 with two entries (2 + 24 + 4), then the thumbnail.
        const int ifd0 = 8, ifd1 = ifd0 + 6, thumbAt = ifd1 + 30;
        var tiff = new byte[thumbAt + thumbnail.Length];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), ifd0);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(ifd0), 0);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(ifd0 + 2), ifd1);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(ifd1), 2);
        Entry(tiff.AsSpan(ifd1 + 2), 0x0201, thumbAt);
        Entry(tiff.AsSpan(ifd1 + 14), 0x0202, (uint)thumbnail.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(ifd1 + 26), 0);
        thumbnail.CopyTo(tiff, thumbAt);
        return InsertAfterSoi(primary, Segment(0xE1, [.. "Exif\0\0"u8, .. tiff]));
    }

    /// <summary>A two-picture MPF file: <paramref name="primary"/> with an APP2 MP index, then <paramref name="second"/> after its EOI.</summary>
    public static byte[] MultiPicture(byte[] primary, byte[] second)
    {
        // TIFF: header 8, MP Index IFD with two entries (B000 version, B002 MP entries) = 2 + 24 + 4, then 2 x 16 entry bytes.
        const int ifd = 8, entriesAt = ifd + 30;
        var tiff = new byte[entriesAt + 32];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), ifd);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(ifd), 2);
        var version = tiff.AsSpan(ifd + 2);
        BinaryPrimitives.WriteUInt16LittleEndian(version, 0xB000);
        BinaryPrimitives.WriteUInt16LittleEndian(version[2..], 7); // UNDEFINED
        BinaryPrimitives.WriteUInt32LittleEndian(version[4..], 4);
        "0100"u8.CopyTo(version[8..]);
        var list = tiff.AsSpan(ifd + 14);
        BinaryPrimitives.WriteUInt16LittleEndian(list, 0xB002);
        BinaryPrimitives.WriteUInt16LittleEndian(list[2..], 7);
        BinaryPrimitives.WriteUInt32LittleEndian(list[4..], 32);
        BinaryPrimitives.WriteUInt32LittleEndian(list[8..], entriesAt);
        var segment = Segment(0xE2, [.. "MPF\0"u8, .. tiff]);
        int tiffStart = 2 + 4 + 4; // SOI, APP2 marker and length, "MPF\0"
        int primaryLength = primary.Length + segment.Length;
        var entries = tiff.AsSpan(entriesAt);
        BinaryPrimitives.WriteUInt32LittleEndian(entries, 0x20030000); // primary, baseline MP primary image
        BinaryPrimitives.WriteUInt32LittleEndian(entries[4..], (uint)primaryLength);
        BinaryPrimitives.WriteUInt32LittleEndian(entries[16..], 0x00020002); // large thumbnail class
        BinaryPrimitives.WriteUInt32LittleEndian(entries[20..], (uint)second.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(entries[24..], (uint)(primaryLength - tiffStart));
        segment = Segment(0xE2, [.. "MPF\0"u8, .. tiff]);
        return [.. InsertAfterSoi(primary, segment), .. second];
    }

    private static void Entry(Span<byte> at, ushort tag, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], 4); // LONG
        BinaryPrimitives.WriteUInt32LittleEndian(at[4..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
    }

    private static byte[] Segment(byte marker, byte[] body)
    {
        if (body.Length + 2 > ushort.MaxValue)
        {
            throw new ArgumentException($"a JPEG segment holds at most {ushort.MaxValue - 2} bytes; this one needs {body.Length}", nameof(body));
        }

        var segment = new byte[body.Length + 4];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(body.Length + 2));
        body.CopyTo(segment, 4);
        return segment;
    }

    private static byte[] InsertAfterSoi(byte[] jpeg, byte[] segment) => [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
}
