using System.Buffers.Binary;

namespace GenScreen.Images.Decoding;

/// <summary>
/// Walks PNG chunks from the signature to IEND. libpng happily returns a complete image when only IEND (or
/// trailing IDAT bytes it did not need) is missing, so "reached IEND" is checked here to fail closed on any cut.
/// Also refuses APNG: libpng decodes only the default image, while browsers play the animation frames, so the
/// frames a viewer sees would never be screened.
/// </summary>
internal static class PngContainer
{
    private const int SignatureLength = 8;
    private const int ChunkOverhead = 12; // length + type + CRC

    internal static ContainerReport Inspect(ReadOnlySpan<byte> data)
    {
        var report = ContainerReport.Empty;
        bool seenIdat = false;
        bool animated = false;
        bool hasTransparencyChunk = false;
        int pos = SignatureLength;
        while (true)
        {
            if (data.Length - pos < 8)
            {
                return report.Truncated($"PNG ends at byte {data.Length} inside a chunk header, before IEND");
            }

            uint length = BinaryPrimitives.ReadUInt32BigEndian(data[pos..]);
            var type = data.Slice(pos + 4, 4);
            if (length > int.MaxValue || !IsChunkType(type))
            {
                return report.Corrupt($"PNG chunk at byte {pos} has an invalid length or type");
            }

            bool first = pos == SignatureLength;
            if (first && (!type.SequenceEqual("IHDR"u8) || length != 13))
            {
                return report.Corrupt("PNG does not start with a 13-byte IHDR chunk");
            }

            long end = pos + ChunkOverhead + (long)length;
            if (end > data.Length)
            {
                return report.Truncated($"PNG ends at byte {data.Length} inside chunk '{ChunkName(type)}' that needs {end} bytes");
            }

            var body = data.Slice(pos + 8, (int)length);
            if (first)
            {
                uint storedCrc = BinaryPrimitives.ReadUInt32BigEndian(data[(pos + 8 + 13)..]);
                if (Crc32.Compute(data.Slice(pos + 4, 17)) != storedCrc)
                {
                    return report.Corrupt("PNG IHDR checksum does not match");
                }

                report = ReadHeader(body, report);
                if (report.Status != ContainerStatus.Complete)
                {
                    return report;
                }
            }
            else if (type.SequenceEqual("acTL"u8) && !seenIdat)
            {
                animated = true;
            }
            else if (type.SequenceEqual("tRNS"u8))
            {
                hasTransparencyChunk = true;
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                seenIdat = true;
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            pos = (int)end;
        }

        if (!seenIdat)
        {
            return report.Corrupt("PNG has no IDAT image data");
        }

        if (hasTransparencyChunk)
        {
            report = report with { PixelFormat = report.PixelFormat with { HasAlpha = true } };
        }

        return animated
            ? report with
            {
                Status = ContainerStatus.Unsupported,
                Message = "animated PNG (APNG): only its default image could be decoded, the animation frames could not be screened",
            }
            : report.Complete();
    }

    private static ContainerReport ReadHeader(ReadOnlySpan<byte> ihdr, ContainerReport report)
    {
        uint width = BinaryPrimitives.ReadUInt32BigEndian(ihdr);
        uint height = BinaryPrimitives.ReadUInt32BigEndian(ihdr[4..]);
        byte bitDepth = ihdr[8];
        byte colorType = ihdr[9];
        byte interlace = ihdr[12];
        var model = colorType switch
        {
            0 when bitDepth is 1 or 2 or 4 or 8 or 16 => SourceColorModel.Gray,
            2 when bitDepth is 8 or 16 => SourceColorModel.Rgb,
            3 when bitDepth is 1 or 2 or 4 or 8 => SourceColorModel.Palette,
            4 when bitDepth is 8 or 16 => SourceColorModel.GrayAlpha,
            6 when bitDepth is 8 or 16 => SourceColorModel.Rgba,
            _ => SourceColorModel.Unknown,
        };
        if (model == SourceColorModel.Unknown || ihdr[10] != 0 || ihdr[11] != 0 || interlace > 1)
        {
            return report.Corrupt($"PNG IHDR has an invalid bit depth {bitDepth} / colour type {colorType} / method combination");
        }

        // The PNG spec caps each side at 2^31-1; anything else is not a PNG, whatever the limits are.
        if (width == 0 || height == 0 || width > int.MaxValue || height > int.MaxValue)
        {
            return report.Corrupt($"PNG IHDR declares an invalid size {width}x{height}");
        }

        bool alpha = model is SourceColorModel.GrayAlpha or SourceColorModel.Rgba;
        return report with
        {
            Status = ContainerStatus.Complete,
            HasHeader = true,
            Width = width,
            Height = height,
            FrameCount = 1,
            PixelFormat = new SourcePixelFormat(model, bitDepth, alpha, interlace == 1),
        };
    }

    private static bool IsChunkType(ReadOnlySpan<byte> type)
    {
        foreach (byte b in type)
        {
            if (b is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z')))
            {
                return false;
            }
        }

        return true;
    }

    private static string ChunkName(ReadOnlySpan<byte> type) => System.Text.Encoding.ASCII.GetString(type);
}
