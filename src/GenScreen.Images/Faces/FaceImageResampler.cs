using System.Buffers;
using System.Runtime.CompilerServices;

namespace GenScreen.Images.Faces;

/// <summary>
/// Builds face-api's net inputs from RGB24 pixels the way <c>NetInput.toBatchTensor</c> does on a tensor input: take a
/// rectangle of the frame, zero-pad it to a square (at the bottom/right for the detector, centred for the face nets:
/// <c>padToSquare</c>), and resize it with tfjs's <c>resizeBilinear</c> (align_corners=false,
/// half_pixel_centers=false: source = dest × in/out, neighbours floor and min(ceil, in−1), interpolation in double,
/// stored as float32). The padding is never materialized: a source sample outside the rectangle reads 0.
/// </summary>
internal static class FaceImageResampler
{
    /// <summary>Where the zero padding goes when the rectangle is not square.</summary>
    public enum Padding
    {
        /// <summary>All padding after the image (bottom or right): face-api's detector input.</summary>
        BottomRight,

        /// <summary>Padding split around the image, the larger half after (JS <c>Math.round(diff / 2)</c>): the face nets' input.</summary>
        Centred,
    }

    /// <summary>
    /// Writes <c>size × size × 3</c> floats (RGB, 0..255, NHWC) for the rectangle (<paramref name="x"/>, <paramref name="y"/>,
    /// <paramref name="width"/>, <paramref name="height"/>) of the frame into <paramref name="destination"/>.
    /// </summary>
    public static void Resample(ReadOnlySpan<byte> rgb24, int frameWidth, int x, int y, int width, int height, Padding padding, int size, Span<float> destination)
    {
        var side = Math.Max(width, height);
        var diff = side - Math.Min(width, height);
        var after = padding == Padding.Centred ? (int)Math.Floor((diff * 0.5) + 0.5) : diff;
        var before = diff - after;
        var (padTop, padLeft) = height < width ? (before, 0) : (0, before);

        // tfjs skips the resize when the padded square already has the target size; the formula below is then the identity.
        // Column neighbours are precomputed as byte offsets into a source row (−1: a padding column, which reads 0).
        var scale = (double)side / size;
        var leftOffset = new int[size];
        var rightOffset = new int[size];
        var colFrac = new double[size];
        for (var c = 0; c < size; c++)
        {
            var source = scale * c;
            var floor = Math.Max(0, (int)Math.Floor(source));
            var ceil = Math.Min(side - 1, (int)Math.Ceiling(source));
            colFrac[c] = source - floor;
            leftOffset[c] = ColumnOffset(floor - padLeft, width);
            rightOffset[c] = ColumnOffset(ceil - padLeft, width);
        }

        // Output columns whose two neighbours are both inside the rectangle form one run (padding only lies before or
        // after it); that run is interpolated without a per-sample padding test, the few columns around it with one.
        var (inside, insideEnd) = InsideRun(leftOffset, rightOffset);
        var zeroRow = ArrayPool<byte>.Shared.Rent(width * 3);
        try
        {
            Array.Clear(zeroRow, 0, width * 3);
            for (var r = 0; r < size; r++)
            {
                var sourceRow = scale * r;
                var rowFloor = Math.Max(0, (int)Math.Floor(sourceRow));
                var rowCeil = Math.Min(side - 1, (int)Math.Ceiling(sourceRow));
                var rowFrac = sourceRow - rowFloor;
                var output = destination.Slice(r * size * 3, size * 3);
                var top = Row(rgb24, frameWidth, x, y, width, height, rowFloor - padTop, zeroRow);
                var bottom = Row(rgb24, frameWidth, x, y, width, height, rowCeil - padTop, zeroRow);
                InterpolateRun(top, bottom, leftOffset, rightOffset, colFrac, rowFrac, inside, insideEnd, output);
                for (var c = 0; c < size; c++)
                {
                    if (c == inside)
                    {
                        c = insideEnd - 1;
                        continue;
                    }

                    InterpolatePaddedColumn(top, bottom, leftOffset[c], rightOffset[c], colFrac[c], rowFrac, output.Slice(c * 3, 3));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(zeroRow);
        }
    }

    /// <summary>
    /// The same resample written as the face nets take it (<see cref="FaceModelNames"/>): planar (NCHW, <c>3 × size × size</c>
    /// floats) and normalized per channel as face-api does before its nets, <c>(v − mean[c]) / 255</c> in float32 (the
    /// Sub and Div the graphs used to run, in the same order and precision, so the nets see bit-for-bit the same values).
    /// Writing planes here spares the nets the transpose from NHWC and the two element-wise passes (~5–8 % of each net).
    /// </summary>
    public static void ResamplePlanar(ReadOnlySpan<byte> rgb24, int frameWidth, int x, int y, int width, int height, Padding padding, int size, ReadOnlySpan<float> meanRgb, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, size * size * 3, nameof(destination));
        ArgumentOutOfRangeException.ThrowIfNotEqual(meanRgb.Length, 3, nameof(meanRgb));
        var interleaved = ArrayPool<float>.Shared.Rent(size * size * 3);
        try
        {
            var rows = interleaved.AsSpan(0, size * size * 3);
            Resample(rgb24, frameWidth, x, y, width, height, padding, size, rows);
            var plane = size * size;
            var r = destination[..plane];
            var g = destination.Slice(plane, plane);
            var b = destination.Slice(2 * plane, plane);
            var (meanR, meanG, meanB) = (meanRgb[0], meanRgb[1], meanRgb[2]);
            for (int i = 0, j = 0; i < plane; i++, j += 3)
            {
                r[i] = (rows[j] - meanR) / PixelScale;
                g[i] = (rows[j + 1] - meanG) / PixelScale;
                b[i] = (rows[j + 2] - meanB) / PixelScale;
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(interleaved);
        }
    }

    /// <summary>face-api divides its face nets' and the tiny detector's mean-subtracted input by 255.</summary>
    private const float PixelScale = 255f;

    /// <summary>The first and one-past-last output column whose left and right neighbours both lie in the rectangle.</summary>
    private static (int Start, int End) InsideRun(int[] leftOffset, int[] rightOffset)
    {
        var start = 0;
        while (start < leftOffset.Length && (leftOffset[start] < 0 || rightOffset[start] < 0))
        {
            start++;
        }

        var end = start;
        while (end < leftOffset.Length && leftOffset[end] >= 0 && rightOffset[end] >= 0)
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>
    /// Columns [<paramref name="start"/>, <paramref name="end"/>) of one output row. The arithmetic is the per-sample
    /// formula's, in the same order and in double (the JIT does not contract it into fused multiply-adds), so the result
    /// is bit-for-bit the same as tfjs's and as the padded path's.
    /// </summary>
    private static void InterpolateRun(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, int[] leftOffset, int[] rightOffset, double[] colFrac, double rowFrac, int start, int end, Span<float> output)
    {
        for (var c = start; c < end; c++)
        {
            var left = leftOffset[c];
            var right = rightOffset[c];
            var frac = colFrac[c];
            var o = output.Slice(c * 3, 3);
            var topLeft = top.Slice(left, 3);
            var topRight = top.Slice(right, 3);
            var bottomLeft = bottom.Slice(left, 3);
            var bottomRight = bottom.Slice(right, 3);
            o[0] = Lerp(topLeft[0], topRight[0], bottomLeft[0], bottomRight[0], frac, rowFrac);
            o[1] = Lerp(topLeft[1], topRight[1], bottomLeft[1], bottomRight[1], frac, rowFrac);
            o[2] = Lerp(topLeft[2], topRight[2], bottomLeft[2], bottomRight[2], frac, rowFrac);
        }
    }

    private static void InterpolatePaddedColumn(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, int left, int right, double frac, double rowFrac, Span<float> output)
    {
        for (var ch = 0; ch < 3; ch++)
        {
            output[ch] = Lerp(Sample(top, left, ch), Sample(top, right, ch), Sample(bottom, left, ch), Sample(bottom, right, ch), frac, rowFrac);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Lerp(double topLeft, double topRight, double bottomLeft, double bottomRight, double frac, double rowFrac)
    {
        var t = topLeft + ((topRight - topLeft) * frac);
        var b = bottomLeft + ((bottomRight - bottomLeft) * frac);
        return (float)(t + ((b - t) * rowFrac));
    }

    private static int ColumnOffset(int column, int width) => column < 0 || column >= width ? -1 : column * 3;

    /// <summary>The rectangle's row <paramref name="row"/> as a span of <c>width·3</c> bytes; zeros for a padding row.</summary>
    private static ReadOnlySpan<byte> Row(ReadOnlySpan<byte> rgb24, int frameWidth, int x, int y, int width, int height, int row, byte[] zeroRow) =>
        row < 0 || row >= height ? zeroRow.AsSpan(0, width * 3) : rgb24.Slice((((y + row) * frameWidth) + x) * 3, width * 3);

    private static byte Sample(ReadOnlySpan<byte> row, int offset, int channel) =>
        offset < 0 ? (byte)0 : row[offset + channel];
}
