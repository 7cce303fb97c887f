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
}
