using System.Buffers.Binary;
using System.Text;

namespace GenScreen.Integration.Tests.Access;

/// <summary>
/// Real images (skimage samples) with text planted in their metadata, built byte by byte: a PNG with <c>tEXt</c> and
/// XMP (<c>iTXt XML:com.adobe.xmp</c>) chunks, a JPEG with an EXIF <c>ImageDescription</c> and an XMP segment.
/// </summary>
internal static class MetadataImages
{
    public static byte[] PngWithText(byte[] png, IReadOnlyList<string> values)
    {
        // After the signature (8) and the IHDR chunk (4 + 4 + 13 + 4).
        const int AfterHeader = 33;
        var chunks = new List<byte>();
        foreach (var value in values)
        {
            chunks.AddRange(Chunk("tEXt", [.. Encoding.Latin1.GetBytes("Source"), 0, .. Encoding.Latin1.GetBytes(value)]));
        }

        chunks.AddRange(Chunk("iTXt", [.. Encoding.ASCII.GetBytes("XML:com.adobe.xmp"), 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(Xmp(values))]));
        return [.. png[..AfterHeader], .. chunks, .. png[AfterHeader..]];
    }

    public static byte[] JpegWithText(byte[] jpeg, IReadOnlyList<string> values)
    {
        var description = Encoding.ASCII.GetBytes(string.Join(' ', values) + "\0");
        // TIFF little endian: header (8), IFD0 with one ASCII entry (2 + 12 + 4), then the string.
        var tiff = new byte[8 + 18 + description.Length];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(10), 0x010E); // ImageDescription
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(12), 2); // ASCII
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(14), (uint)description.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(18), 26);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(22), 0); // no next IFD
        description.CopyTo(tiff, 26);
        var exif = Segment(0xE1, [.. "Exif\0\0"u8.ToArray(), .. tiff]);
        var xmp = Segment(0xE1, [.. Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0"), .. Encoding.UTF8.GetBytes(Xmp(values))]);
        return [.. jpeg[..2], .. exif, .. xmp, .. jpeg[2..]];
    }

    private static string Xmp(IReadOnlyList<string> values) =>
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        string.Concat(values.Select(v => $"<rdf:Description xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><xmpMM:DerivedFrom rdf:resource=\"{Escape(v)}\"/><dc:source>{Escape(v)}</dc:source></rdf:Description>")) +
        "</rdf:RDF></x:xmpmeta>";

    private static string Escape(string value) => value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        typeBytes.CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32([.. typeBytes, .. data]));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
