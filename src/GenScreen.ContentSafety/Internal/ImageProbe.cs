using System.Buffers.Binary;
using GenScreen.Images.Decoding;

namespace GenScreen.ContentSafety;

/// <summary>
/// Reads an image's format and size without decoding pixels, in managed code only. PNG, JPEG, GIF and WebP go
/// through GenScreen's own container walk (<see cref="ImageStructure"/>, the first stage of the safe decoder), so a
/// truncated or corrupt file of those formats is unreadable here too. BMP and TIFF, which the service analyzes
/// but GenScreen does not decode, are read from their fixed headers only; TGA is recognised by its footer only to
/// name it when it is refused.
/// </summary>
internal static class ImageProbe
{
    /// <param name="SafelyDecodable">GenScreen's safe decoder reads this file, so the preparer can re-encode it.</param>
    public readonly record struct Info(int Width, int Height, string MimeType, bool SafelyDecodable);

    private static ReadOnlySpan<byte> TgaFooterSignature => "TRUEVISION-XFILE.\0"u8;

    /// <summary>Returns null when the bytes are not an image recognised here, or its header or structure is damaged.</summary>
    public static Info? Identify(BinaryData bytes)
    {
        ReadOnlySpan<byte> data = bytes.ToMemory().Span;
        ImageStructureReport report = ImageStructure.Inspect(data);
        return report.Format == ImageFormat.Unknown
            ? Bmp(data) ?? Tiff(data) ?? Tga(data)
            : Walked(report);
    }

    private static Info? Walked(ImageStructureReport report)
    {
        // An APNG is a valid PNG to the service, which analyzes its default image; the safe decoder refuses it
        // because it cannot screen the animation frames, so it can pass through but not be re-encoded.
        bool readable = report.Status is ImageStructureStatus.Complete or ImageStructureStatus.UnsupportedVariant;
        if (!readable || !report.HasHeader || report.Width > int.MaxValue || report.Height > int.MaxValue)
        {
            return null;
        }

        string mime = report.Format switch
        {
            ImageFormat.Png => "image/png",
            ImageFormat.Jpeg => "image/jpeg",
            ImageFormat.Gif => "image/gif",
            _ => "image/webp",
        };
        return new Info((int)report.Width, (int)report.Height, mime, report.Status == ImageStructureStatus.Complete);
    }

    /// <summary>BITMAPFILEHEADER then the DIB header: OS/2 (12 bytes, 16-bit sides) or Windows (40+ bytes, 32-bit, negative height = top-down).</summary>
    private static Info? Bmp(ReadOnlySpan<byte> data)
    {
        if (data.Length < 26 || !data.StartsWith("BM"u8))
        {
            return null;
        }

        uint dibSize = BinaryPrimitives.ReadUInt32LittleEndian(data[14..]);
        long width;
        long height;
        if (dibSize == 12)
        {
            width = BinaryPrimitives.ReadUInt16LittleEndian(data[18..]);
            height = BinaryPrimitives.ReadUInt16LittleEndian(data[20..]);
        }
        else if (dibSize >= 40)
        {
            width = BinaryPrimitives.ReadInt32LittleEndian(data[18..]);
            height = Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(data[22..]));
        }
        else
        {
            return null;
        }

        return Sized(width, height, "image/bmp");
    }

    /// <summary>TIFF (not BigTIFF): the first IFD's ImageWidth (256) and ImageLength (257) tags, SHORT or LONG.</summary>
    private static Info? Tiff(ReadOnlySpan<byte> data)
    {
        bool little = data.StartsWith("II*\0"u8);
        if (data.Length < 8 || (!little && !data.StartsWith("MM\0*"u8)))
        {
            return null;
        }

        uint ifd = ReadUInt32(data[4..], little);
        if (ifd < 8 || ifd > data.Length - 2L)
        {
            return null;
        }

        int entries = ReadUInt16(data[(int)ifd..], little);
        long width = 0;
        long height = 0;
        for (int i = 0; i < entries; i++)
        {
            long at = ifd + 2L + (12L * i);
            if (at + 12 > data.Length)
            {
                return null;
            }

            var entry = data.Slice((int)at, 12);
            int tag = ReadUInt16(entry, little);
            int type = ReadUInt16(entry[2..], little);
            if ((tag is 256 or 257) && ReadUInt32(entry[4..], little) == 1)
            {
                long value = type switch
                {
                    3 => ReadUInt16(entry[8..], little),
                    4 => ReadUInt32(entry[8..], little),
                    _ => 0,
                };
                (width, height) = tag == 256 ? (value, height) : (width, value);
            }
        }

        return Sized(width, height, "image/tiff");
    }

    /// <summary>TGA has no leading signature; a TGA 2.0 file ends with a footer that says so, and its header holds the size.</summary>
    private static Info? Tga(ReadOnlySpan<byte> data)
    {
        if (data.Length < 18 + 26 || !data.EndsWith(TgaFooterSignature))
        {
            return null;
        }

        return Sized(BinaryPrimitives.ReadUInt16LittleEndian(data[12..]), BinaryPrimitives.ReadUInt16LittleEndian(data[14..]), "image/x-tga");
    }

    private static Info? Sized(long width, long height, string mime) =>
        width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue
            ? new Info((int)width, (int)height, mime, SafelyDecodable: false)
            : null;

    private static ushort ReadUInt16(ReadOnlySpan<byte> data, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(data) : BinaryPrimitives.ReadUInt16BigEndian(data);

    private static uint ReadUInt32(ReadOnlySpan<byte> data, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(data) : BinaryPrimitives.ReadUInt32BigEndian(data);
}
