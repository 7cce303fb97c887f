using System.Buffers.Binary;

namespace GenScreen.Images.Decoding;

/// <summary>
/// Walks GIF blocks to the trailer and counts image descriptors. Skia's GIF decoder reports a GIF cut between
/// frames as a complete, shorter animation: the frames after the cut would silently go unscreened, so the
/// trailer must be reached and the frame count must match what Skia sees.
/// </summary>
internal static class GifContainer
{
    private const int HeaderAndScreenDescriptor = 13;
    private const int ImageDescriptor = 9; // after the 0x2C separator

    internal static ContainerReport Inspect(ReadOnlySpan<byte> data)
    {
        var report = ContainerReport.Empty;
        if (data.Length < HeaderAndScreenDescriptor)
        {
            return report.Truncated($"GIF ends at byte {data.Length} inside its screen descriptor");
        }

        int width = BinaryPrimitives.ReadUInt16LittleEndian(data[6..]);
        int height = BinaryPrimitives.ReadUInt16LittleEndian(data[8..]);
        byte packed = data[10];
        report = report with
        {
            HasHeader = true,
            Width = width,
            Height = height,
            PixelFormat = new SourcePixelFormat(SourceColorModel.Palette, (packed & 7) + 1, false, false),
        };
        if (width == 0 || height == 0)
        {
            return report.Corrupt($"GIF declares an invalid canvas {width}x{height}");
        }

        int pos = HeaderAndScreenDescriptor + ColorTableLength(packed);
        int frames = 0;
        bool transparent = false;
        bool interlaced = false;
        while (true)
        {
            if (pos >= data.Length)
            {
                return Finish(report, frames, transparent, interlaced)
                    .Truncated($"GIF ends at byte {data.Length} after {frames} frame(s), before its trailer");
            }

            byte introducer = data[pos++];
            if (introducer == 0x3B)
            {
                break;
            }

            if (introducer == 0x21)
            {
                if (pos >= data.Length)
                {
                    return report.Truncated($"GIF ends at byte {data.Length} inside an extension");
                }

                byte label = data[pos++];
                // Graphic control extension: block size 4, then packed fields whose bit 0 is "has transparent index".
                if (label == 0xF9 && pos + 1 < data.Length && data[pos] >= 4 && (data[pos + 1] & 1) != 0)
                {
                    transparent = true;
                }
            }
            else if (introducer == 0x2C)
            {
                if (data.Length - pos < ImageDescriptor + 1)
                {
                    return report.Truncated($"GIF ends at byte {data.Length} inside an image descriptor");
                }

                byte imagePacked = data[pos + 8];
                interlaced |= (imagePacked & 0x40) != 0;
                pos += ImageDescriptor + ((imagePacked & 0x80) != 0 ? ColorTableLength(imagePacked) : 0);
                pos++; // LZW minimum code size
                frames++;
            }
            else
            {
                return report.Corrupt($"GIF has an unknown block 0x{introducer:X2} at byte {pos - 1}");
            }

            pos = SkipSubBlocks(data, pos);
            if (pos < 0)
            {
                return Finish(report, frames, transparent, interlaced)
                    .Truncated($"GIF ends at byte {data.Length} inside a data block of frame {frames}");
            }
        }

        return frames == 0
            ? report.Corrupt("GIF has no image")
            : Finish(report, frames, transparent, interlaced).Complete();
    }

    private static ContainerReport Finish(ContainerReport report, int frames, bool transparent, bool interlaced) =>
        report with
        {
            FrameCount = frames,
            PixelFormat = report.PixelFormat with { HasAlpha = transparent, Interlaced = interlaced },
        };

    private static int ColorTableLength(byte packed) => (packed & 0x80) != 0 ? 3 << ((packed & 7) + 1) : 0;

    /// <summary>Skips size-prefixed sub-blocks up to the zero terminator; -1 when the data ends first.</summary>
    private static int SkipSubBlocks(ReadOnlySpan<byte> data, int pos)
    {
        while (pos < data.Length)
        {
            int size = data[pos];
            pos += 1 + size;
            if (size == 0)
            {
                return pos;
            }
        }

        return -1;
    }
}
