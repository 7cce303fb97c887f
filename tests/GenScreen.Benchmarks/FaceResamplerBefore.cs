using GenScreen.Images.Faces;

namespace GenScreen.Benchmarks;

/// <summary>
/// <see cref="FaceImageResampler"/> as main shipped it before the face-budget work (one padding test per sample), kept so
/// <see cref="FaceStageBenchmarks"/> measures the resize stages before and after in the same run.
/// </summary>
internal static class FaceResamplerBefore
{
    /// <summary>
    /// Writes <c>size × size × 3</c> floats (RGB, 0..255, NHWC) for the rectangle (<paramref name="x"/>, <paramref name="y"/>,
    /// <paramref name="width"/>, <paramref name="height"/>) of the frame into <paramref name="destination"/>.
    /// </summary>
    public static void Resample(ReadOnlySpan<byte> rgb24, int frameWidth, int x, int y, int width, int height, FaceImageResampler.Padding padding, int size, Span<float> destination)
    {
        var side = Math.Max(width, height);
        var diff = side - Math.Min(width, height);
        var after = padding == FaceImageResampler.Padding.Centred ? (int)Math.Floor((diff * 0.5) + 0.5) : diff;
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

        for (var r = 0; r < size; r++)
        {
            var sourceRow = scale * r;
            var rowFloor = Math.Max(0, (int)Math.Floor(sourceRow));
            var rowCeil = Math.Min(side - 1, (int)Math.Ceiling(sourceRow));
            var rowFrac = sourceRow - rowFloor;
            var top = Row(rgb24, frameWidth, x, y, width, height, rowFloor - padTop);
            var bottom = Row(rgb24, frameWidth, x, y, width, height, rowCeil - padTop);
            var output = destination.Slice(r * size * 3, size * 3);
            for (var c = 0; c < size; c++)
            {
                var (left, right, frac) = (leftOffset[c], rightOffset[c], colFrac[c]);
                for (var ch = 0; ch < 3; ch++)
                {
                    double topLeft = Sample(top, left, ch);
                    double topRight = Sample(top, right, ch);
                    double bottomLeft = Sample(bottom, left, ch);
                    double bottomRight = Sample(bottom, right, ch);
                    var t = topLeft + ((topRight - topLeft) * frac);
                    var b = bottomLeft + ((bottomRight - bottomLeft) * frac);
                    output[(c * 3) + ch] = (float)(t + ((b - t) * rowFrac));
                }
            }
        }
    }

    /// <summary>
    /// The planar, normalized input as main (session 7) built it: the whole square resampled into an interleaved buffer
    /// with today's <see cref="FaceImageResampler.Resample"/>, then split into planes in a second pass. Kept so
    /// <see cref="FaceStageBenchmarks"/> measures the fused one-pass <see cref="FaceImageResampler.ResamplePlanar"/> beside it.
    /// </summary>
    public static void ResamplePlanarTwoPass(ReadOnlySpan<byte> rgb24, int frameWidth, int x, int y, int width, int height, FaceImageResampler.Padding padding, int size, ReadOnlySpan<float> meanRgb, Span<float> destination)
    {
        var interleaved = System.Buffers.ArrayPool<float>.Shared.Rent(size * size * 3);
        try
        {
            var rows = interleaved.AsSpan(0, size * size * 3);
            FaceImageResampler.Resample(rgb24, frameWidth, x, y, width, height, padding, size, rows);
            var plane = size * size;
            var r = destination[..plane];
            var g = destination.Slice(plane, plane);
            var b = destination.Slice(2 * plane, plane);
            var (meanR, meanG, meanB) = (meanRgb[0], meanRgb[1], meanRgb[2]);
            for (int i = 0, j = 0; i < plane; i++, j += 3)
            {
                r[i] = (rows[j] - meanR) / 255f;
                g[i] = (rows[j + 1] - meanG) / 255f;
                b[i] = (rows[j + 2] - meanB) / 255f;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(interleaved);
        }
    }

    private static int ColumnOffset(int column, int width) => column < 0 || column >= width ? -1 : column * 3;

    /// <summary>The rectangle's row <paramref name="row"/> as a span of <c>width·3</c> bytes; empty for a padding row.</summary>
    private static ReadOnlySpan<byte> Row(ReadOnlySpan<byte> rgb24, int frameWidth, int x, int y, int width, int height, int row) =>
        row < 0 || row >= height ? [] : rgb24.Slice((((y + row) * frameWidth) + x) * 3, width * 3);

    private static byte Sample(ReadOnlySpan<byte> row, int offset, int channel) =>
        offset < 0 || row.IsEmpty ? (byte)0 : row[offset + channel];
}
