using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace GenScreen.Images.Decoding;

/// <summary>
/// Turns the codec's premultiplied RGBA canvas (stored orientation) into the classifier's RGB24: composited over
/// white and rotated/mirrored by the EXIF orientation, in one pass with no intermediate buffer.
/// </summary>
/// <remarks>
/// Why white: it is how the image looks on the usual light page, and with premultiplied input it is exact and
/// cheap (out = c + 255 - a). Fully transparent pixels become white whatever their colour channels hold, so
/// content hidden under alpha 0 is not shown to the classifier, just as no viewer shows it.
/// </remarks>
internal static class RgbComposer
{
    private const int RowsBetweenCancellationChecks = 64;

    /// <param name="rgba">Premultiplied RGBA, <paramref name="width"/> x <paramref name="height"/>, tightly packed.</param>
    /// <param name="orientation">EXIF orientation 1..8.</param>
    /// <param name="rgb">Output, <c>width * height * 3</c> bytes; every byte is written (buffers are reused across frames).</param>
    /// <param name="hasTransparency">Set when any pixel has alpha below 255.</param>
    internal static void Compose(
        ReadOnlySpan<byte> rgba, int width, int height, int orientation, DecodeCancellation cancellation, Span<byte> rgb, out bool hasTransparency)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(rgb.Length, checked(width * height * 3), nameof(rgb));
        if (orientation is < 2 or > 8 && Vector128.IsHardwareAccelerated)
        {
            hasTransparency = ComposeUpright(rgba, width, height, cancellation, rgb);
            return;
        }

        bool transposed = orientation >= 5;
        int outWidth = transposed ? height : width;
        bool anyTransparent = false;
        for (int y = 0; y < height; y++)
        {
            if (y % RowsBetweenCancellationChecks == 0)
            {
                cancellation.ThrowIfCancelled();
            }

            // Destination pixel of source (x, y) is start + x * step.
            (int start, int step) = orientation switch
            {
                2 => ((y * width) + width - 1, -1),
                3 => (((height - 1 - y) * width) + width - 1, -1),
                4 => ((height - 1 - y) * width, 1),
                5 => (y, outWidth),
                6 => (height - 1 - y, outWidth),
                7 => (((width - 1) * outWidth) + height - 1 - y, -outWidth),
                8 => (((width - 1) * outWidth) + y, -outWidth),
                _ => (y * width, 1),
            };
            var row = rgba.Slice(y * width * 4, width * 4);
            int dst = start * 3;
            int dstStep = step * 3;
            for (int x = 0; x < row.Length; x += 4)
            {
                int a = row[x + 3];
                int white = 255 - a;
                anyTransparent |= white != 0;
                // Premultiplied colour never exceeds alpha, so c + (255 - a) stays within a byte.
                rgb[dst] = (byte)(row[x] + white);
                rgb[dst + 1] = (byte)(row[x + 1] + white);
                rgb[dst + 2] = (byte)(row[x + 2] + white);
                dst += dstStep;
            }
        }

        hasTransparency = anyTransparent;
    }

    /// <summary>
    /// Orientation 1 (nearly every generated image): source and destination rows are in the same order, so each band of
    /// rows is one contiguous run, composed four pixels per step with two byte shuffles and a byte add: the same
    /// arithmetic as the scalar loop (c + 255 - a per channel), so the bytes are the same (RgbComposerTests). The
    /// scalar loop spent about 2 ms of the decode's CPU per 1024² image on this.
    /// </summary>
    private static bool ComposeUpright(ReadOnlySpan<byte> rgba, int width, int height, DecodeCancellation cancellation, Span<byte> rgb)
    {
        var colours = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0x80, 0x80, 0x80, 0x80);
        var alphas = Vector128.Create((byte)3, 3, 3, 7, 7, 7, 11, 11, 11, 15, 15, 15, 0x80, 0x80, 0x80, 0x80);
        var allAlphas = Vector128<byte>.AllBitsSet; // AND of every pixel read by the vector loop
        bool anyTransparent = false;
        for (int y = 0; y < height; y += RowsBetweenCancellationChecks)
        {
            cancellation.ThrowIfCancelled();
            int rows = Math.Min(RowsBetweenCancellationChecks, height - y);
            var src = rgba.Slice(y * width * 4, rows * width * 4);
            var dst = rgb.Slice(y * width * 3, rows * width * 3);
            ref byte s = ref MemoryMarshal.GetReference(src);
            ref byte d = ref MemoryMarshal.GetReference(dst);
            int i = 0;
            int o = 0;
            // Each step stores 16 bytes of which 12 are pixels; the 4 others are overwritten by the next step or the
            // scalar tail, which always has at least one pixel left when the loop stops (o + 16 > dst.Length).
            while (o + 16 <= dst.Length)
            {
                var v = Vector128.LoadUnsafe(ref s, (nuint)i);
                var white = Vector128<byte>.AllBitsSet - Vector128.Shuffle(v, alphas);
                Vector128.StoreUnsafe(Vector128.Shuffle(v, colours) + white, ref d, (nuint)o);
                allAlphas &= v;
                i += 16;
                o += 12;
            }

            for (; i < src.Length; i += 4, o += 3)
            {
                int white = 255 - src[i + 3];
                anyTransparent |= white != 0;
                dst[o] = (byte)(src[i] + white);
                dst[o + 1] = (byte)(src[i + 1] + white);
                dst[o + 2] = (byte)(src[i + 2] + white);
            }
        }

        return anyTransparent || allAlphas.GetElement(3) != 255 || allAlphas.GetElement(7) != 255 || allAlphas.GetElement(11) != 255 || allAlphas.GetElement(15) != 255;
    }
}
