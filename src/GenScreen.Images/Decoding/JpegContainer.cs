using System.Buffers.Binary;

namespace GenScreen.Images.Decoding;

/// <summary>
/// Walks JPEG marker segments and entropy-coded scans from SOI to EOI. libjpeg-turbo pads a cut stream with a
/// fake EOI and Skia then reports a truncated progressive JPEG as InvalidInput (indistinguishable from a corrupt
/// one), so reaching a real EOI is checked here. Also reads SOF for size, precision and component count.
/// </summary>
internal static class JpegContainer
{
    private const byte Marker = 0xFF;

    internal static ContainerReport Inspect(ReadOnlySpan<byte> data)
    {
        var report = ContainerReport.Empty;
        bool seenScan = false;
        int pos = 2; // after SOI
        while (true)
        {
            if (pos >= data.Length)
            {
                return report.Truncated($"JPEG ends at byte {data.Length} before its end-of-image marker");
            }

            if (data[pos] != Marker)
            {
                return report.Corrupt($"JPEG has data where a marker was expected at byte {pos}");
            }

            // Any number of 0xFF fill bytes may precede a marker code.
            while (pos < data.Length && data[pos] == Marker)
            {
                pos++;
            }

            if (pos >= data.Length)
            {
                return report.Truncated($"JPEG ends at byte {data.Length} inside a marker");
            }

            byte code = data[pos++];
            if (code == 0xD9)
            {
                break; // EOI
            }

            if (code is >= 0xD0 and <= 0xD7 or 0x01)
            {
                continue; // RSTn and TEM carry no length
            }

            if (code is 0x00 or 0xD8)
            {
                return report.Corrupt($"JPEG has an invalid marker 0xFF{code:X2} at byte {pos - 2}");
            }

            if (data.Length - pos < 2)
            {
                return report.Truncated($"JPEG ends at byte {data.Length} inside a segment length");
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(data[pos..]);
            if (length < 2)
            {
                return report.Corrupt($"JPEG segment 0xFF{code:X2} at byte {pos - 2} has length {length}");
            }

            if (pos + length > data.Length)
            {
                return report.Truncated($"JPEG ends at byte {data.Length} inside segment 0xFF{code:X2}");
            }

            var segment = data.Slice(pos + 2, length - 2);
            pos += length;
            if (IsStartOfFrame(code) && !report.HasHeader)
            {
                report = ReadFrameHeader(code, segment, report);
                if (report.Status != ContainerStatus.Complete)
                {
                    return report;
                }
            }
            else if (code == 0xDA)
            {
                if (!report.HasHeader)
                {
                    return report.Corrupt("JPEG scan starts before any frame header");
                }

                seenScan = true;
                pos = SkipEntropyCodedData(data, pos);
                if (pos < 0)
                {
                    return report.Truncated($"JPEG ends at byte {data.Length} inside scan data, before its end-of-image marker");
                }
            }
        }

        return seenScan ? report.Complete() with { EndOffset = pos } : report.Corrupt("JPEG has no scan data");
    }

    /// <summary>Returns the offset of the marker that ends the scan, or -1 when the data runs out first.</summary>
    private static int SkipEntropyCodedData(ReadOnlySpan<byte> data, int pos)
    {
        while (true)
        {
            int found = data[pos..].IndexOf(Marker);
            if (found < 0)
            {
                return -1;
            }

            int at = pos + found;
            if (at + 1 >= data.Length)
            {
                return -1;
            }

            byte next = data[at + 1];
            if (next == 0x00 || next is >= 0xD0 and <= 0xD7)
            {
                pos = at + 2; // stuffed 0xFF byte or restart marker: still inside the scan
            }
            else if (next == Marker)
            {
                pos = at + 1; // fill byte before a marker
            }
            else
            {
                return at;
            }
        }
    }

    private static bool IsStartOfFrame(byte code) => code is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    private static ContainerReport ReadFrameHeader(byte code, ReadOnlySpan<byte> sof, ContainerReport report)
    {
        if (sof.Length < 6)
        {
            return report.Corrupt("JPEG frame header is too short");
        }

        int precision = sof[0];
        int height = BinaryPrimitives.ReadUInt16BigEndian(sof[1..]);
        int width = BinaryPrimitives.ReadUInt16BigEndian(sof[3..]);
        int components = sof[5];
        if (width == 0 || height == 0)
        {
            // Height 0 means "defined later by DNL", which libjpeg-turbo does not support either.
            return report.Corrupt($"JPEG frame header declares an invalid size {width}x{height}");
        }

        var model = components switch
        {
            1 => SourceColorModel.Gray,
            3 => SourceColorModel.Rgb,
            4 => SourceColorModel.Cmyk,
            _ => SourceColorModel.Unknown,
        };
        bool progressive = code is 0xC2 or 0xC6 or 0xCA or 0xCE;
        return report with
        {
            Status = ContainerStatus.Complete,
            HasHeader = true,
            Width = width,
            Height = height,
            FrameCount = 1,
            PixelFormat = new SourcePixelFormat(model, precision, false, progressive),
        };
    }
}
