using System.Buffers.Binary;

namespace GenScreen.Images.Decoding;

/// <summary>
/// Checks the RIFF envelope and walks WebP chunks. Skia's WebP decoder demuxes a cut animated WebP as a complete
/// animation with fewer frames (a file cut in half showed 1 of 3 frames, "Success"), so the RIFF size must be
/// fully present and the ANMF count must match what Skia sees.
/// </summary>
internal static class WebPContainer
{
    private const int RiffHeader = 12; // "RIFF", size, "WEBP"
    private const int ChunkHeader = 8;

    internal static ContainerReport Inspect(ReadOnlySpan<byte> data)
    {
        var report = ContainerReport.Empty;
        uint riffSize = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        long riffEnd = 8L + riffSize;
        if (riffSize < 4)
        {
            return report.Corrupt($"WebP RIFF size {riffSize} is too small");
        }

        if (riffEnd > data.Length)
        {
            return report.Truncated($"WebP ends at byte {data.Length}, its RIFF header declares {riffEnd} bytes");
        }

        int pos = RiffHeader;
        int animationFrames = 0;
        bool animated = false;
        bool hasBitstream = false;
        while (riffEnd - pos >= ChunkHeader)
        {
            var fourCc = data.Slice(pos, 4);
            uint size = BinaryPrimitives.ReadUInt32LittleEndian(data[(pos + 4)..]);
            long bodyEnd = pos + ChunkHeader + (long)size;
            if (bodyEnd > riffEnd)
            {
                return report.Corrupt($"WebP chunk at byte {pos} runs past the end of its RIFF container");
            }

            var body = data.Slice(pos + ChunkHeader, (int)size);
            bool first = pos == RiffHeader;
            if (fourCc.SequenceEqual("VP8X"u8))
            {
                if (!first || body.Length < 10)
                {
                    return report.Corrupt("WebP VP8X chunk is misplaced or too short");
                }

                animated = (body[0] & 0x02) != 0;
                report = report with
                {
                    HasHeader = true,
                    Width = 1 + ReadUInt24(body[4..]),
                    Height = 1 + ReadUInt24(body[7..]),
                    PixelFormat = new SourcePixelFormat(SourceColorModel.Rgb, 8, (body[0] & 0x10) != 0, false),
                };
            }
            else if (fourCc.SequenceEqual("VP8 "u8) || fourCc.SequenceEqual("VP8L"u8))
            {
                var header = ReadBitstreamHeader(fourCc[3] == (byte)'L', body, report);
                if (header is null)
                {
                    return report.Corrupt($"WebP bitstream header at byte {pos} is invalid");
                }

                // A still image described only by its bitstream; with VP8X the canvas (already read) rules.
                report = first ? header : report;
                hasBitstream = true;
            }
            else if (fourCc.SequenceEqual("ANMF"u8))
            {
                animationFrames++;
            }
            else if (first)
            {
                return report.Corrupt("WebP does not start with a VP8, VP8L or VP8X chunk");
            }

            // Chunks are padded to even sizes; some encoders omit the final pad byte.
            pos = (int)Math.Min(bodyEnd + (size & 1), riffEnd);
        }

        if (animated ? animationFrames == 0 : !hasBitstream)
        {
            return report.Corrupt("WebP has no image data");
        }

        if (report.PixelFormat.ColorModel == SourceColorModel.Rgb && report.PixelFormat.HasAlpha)
        {
            report = report with { PixelFormat = report.PixelFormat with { ColorModel = SourceColorModel.Rgba } };
        }

        return report with { FrameCount = animated ? animationFrames : 1, Status = ContainerStatus.Complete };
    }

    private static ContainerReport? ReadBitstreamHeader(bool lossless, ReadOnlySpan<byte> body, ContainerReport report)
    {
        if (lossless)
        {
            // VP8L: signature 0x2F, then 14 bits width-1, 14 bits height-1, 1 bit alpha-is-used.
            if (body.Length < 5 || body[0] != 0x2F)
            {
                return null;
            }

            uint bits = BinaryPrimitives.ReadUInt32LittleEndian(body[1..]);
            bool alpha = ((bits >> 28) & 1) != 0;
            return report with
            {
                HasHeader = true,
                Width = (bits & 0x3FFF) + 1,
                Height = ((bits >> 14) & 0x3FFF) + 1,
                PixelFormat = new SourcePixelFormat(alpha ? SourceColorModel.Rgba : SourceColorModel.Rgb, 8, alpha, false),
            };
        }

        // VP8 key frame: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height.
        if (body.Length < 10 || body[3] != 0x9D || body[4] != 0x01 || body[5] != 0x2A)
        {
            return null;
        }

        return report with
        {
            HasHeader = true,
            Width = BinaryPrimitives.ReadUInt16LittleEndian(body[6..]) & 0x3FFF,
            Height = BinaryPrimitives.ReadUInt16LittleEndian(body[8..]) & 0x3FFF,
            PixelFormat = new SourcePixelFormat(SourceColorModel.Rgb, 8, false, false),
        };
    }

    private static long ReadUInt24(ReadOnlySpan<byte> b) => b[0] | (b[1] << 8) | (b[2] << 16);
}
