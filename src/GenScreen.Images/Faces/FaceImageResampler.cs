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
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, size * size * 3, nameof(destination));
        var grid = new SampleGrid(width, height, padding, size);
        var zeroRow = ArrayPool<byte>.Shared.Rent(width * 3);
        try
        {
            Array.Clear(zeroRow, 0, width * 3);
            for (var r = 0; r < size; r++)
            {
                grid.InterpolateRow(rgb24, frameWidth, x, y, r, zeroRow, destination.Slice(r * size * 3, size * 3));
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
    /// Each output row is interpolated into a row buffer that stays in L1 (5 KB at 416) and split into the three planes
    /// at once, instead of resampling the whole square into an interleaved buffer (2 MB at 416, beyond L2) and reading it
    /// back in a second pass.
    /// </summary>
    public static void ResamplePlanar(ReadOnlySpan<byte> rgb24, int frameWidth, int x, int y, int width, int height, Padding padding, int size, ReadOnlySpan<float> meanRgb, Span<float> destination) =>
        ResamplePlanarRows(rgb24, frameWidth, x, y, width, height, padding, size, meanRgb, destination, 0, size);

    /// <summary>
    /// Output rows [<paramref name="firstRow"/>, <paramref name="endRow"/>) of <see cref="ResamplePlanar"/> into the
    /// whole <c>3 × size × size</c> <paramref name="destination"/> (other rows untouched). Every output row depends only
    /// on the frame, so bands written on different threads give bit for bit the whole resample.
    /// </summary>
    public static void ResamplePlanarRows(ReadOnlySpan<byte> rgb24, int frameWidth, int x, int y, int width, int height, Padding padding, int size, ReadOnlySpan<float> meanRgb, Span<float> destination, int firstRow, int endRow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, size * size * 3, nameof(destination));
        ArgumentOutOfRangeException.ThrowIfNotEqual(meanRgb.Length, 3, nameof(meanRgb));
        ArgumentOutOfRangeException.ThrowIfNegative(firstRow);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endRow, size);
        var grid = new SampleGrid(width, height, padding, size);
        var zeroRow = ArrayPool<byte>.Shared.Rent(width * 3);
        try
        {
            Array.Clear(zeroRow, 0, width * 3);
            var plane = size * size;
            for (var r = firstRow; r < endRow; r++)
            {
                grid.InterpolatePlanarRow(rgb24, frameWidth, x, y, r, zeroRow, meanRgb, destination.Slice(r * size, size), destination.Slice(plane + (r * size), size), destination.Slice((2 * plane) + (r * size), size));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(zeroRow);
        }
    }

    /// <summary>
    /// Where every output sample of one resample reads from: per output column the byte offsets of its two source
    /// columns in a rectangle row (−1: a padding column, which reads 0) and its fraction; the padding before the
    /// rectangle; the run of columns with no padding neighbour. tfjs skips the resize when the padded square already has
    /// the target size; the formula is then the identity.
    /// </summary>
    private sealed class SampleGrid
    {
        private readonly int _width;
        private readonly int _height;
        private readonly int _side;
        private readonly int _padTop;
        private readonly double _scale;
        private readonly int[] _leftOffset;
        private readonly int[] _rightOffset;
        private readonly double[] _colFrac;
        private readonly int _inside;
        private readonly int _insideEnd;

        public SampleGrid(int width, int height, Padding padding, int size)
        {
            _width = width;
            _height = height;
            _side = Math.Max(width, height);
            var diff = _side - Math.Min(width, height);
            var after = padding == Padding.Centred ? (int)Math.Floor((diff * 0.5) + 0.5) : diff;
            var before = diff - after;
            int padLeft;
            (_padTop, padLeft) = height < width ? (before, 0) : (0, before);
            _scale = (double)_side / size;
            _leftOffset = new int[size];
            _rightOffset = new int[size];
            _colFrac = new double[size];
            for (var c = 0; c < size; c++)
            {
                var source = _scale * c;
                var floor = Math.Max(0, (int)Math.Floor(source));
                var ceil = Math.Min(_side - 1, (int)Math.Ceiling(source));
                _colFrac[c] = source - floor;
                _leftOffset[c] = ColumnOffset(floor - padLeft, width);
                _rightOffset[c] = ColumnOffset(ceil - padLeft, width);
            }

            // Output columns whose two neighbours are both inside the rectangle form one run (padding only lies before or
            // after it); that run is interpolated without a per-sample padding test, the few columns around it with one.
            (_inside, _insideEnd) = InsideRun(_leftOffset, _rightOffset);
        }

        /// <summary>
        /// Output row <paramref name="r"/>, planar and normalized (<see cref="ResamplePlanar"/>), into the three channels'
        /// rows.
        /// </summary>
        public void InterpolatePlanarRow(ReadOnlySpan<byte> rgb24, int frameWidth, int x, int y, int r, byte[] zeroRow, ReadOnlySpan<float> meanRgb, Span<float> red, Span<float> green, Span<float> blue)
        {
            var sourceRow = _scale * r;
            var rowFloor = Math.Max(0, (int)Math.Floor(sourceRow));
            var rowCeil = Math.Min(_side - 1, (int)Math.Ceiling(sourceRow));
            var rowFrac = sourceRow - rowFloor;
            var top = Row(rgb24, frameWidth, x, y, _width, _height, rowFloor - _padTop, zeroRow);
            var bottom = Row(rgb24, frameWidth, x, y, _width, _height, rowCeil - _padTop, zeroRow);
            InterpolatePlanar(top, bottom, _leftOffset, _rightOffset, _colFrac, rowFrac, _inside, _insideEnd, meanRgb, red, green, blue);
            Span<float> sample = stackalloc float[3];
            for (var c = 0; c < _leftOffset.Length; c++)
            {
                if (c == _inside)
                {
                    c = _insideEnd - 1;
                    continue;
                }

                InterpolatePaddedColumn(top, bottom, _leftOffset[c], _rightOffset[c], _colFrac[c], rowFrac, sample);
                red[c] = (sample[0] - meanRgb[0]) / PixelScale;
                green[c] = (sample[1] - meanRgb[1]) / PixelScale;
                blue[c] = (sample[2] - meanRgb[2]) / PixelScale;
            }
        }

        /// <summary>Output row <paramref name="r"/>, interleaved RGB 0..255 (<c>size × 3</c> floats), into <paramref name="output"/>.</summary>
        public void InterpolateRow(ReadOnlySpan<byte> rgb24, int frameWidth, int x, int y, int r, byte[] zeroRow, Span<float> output)
        {
            var sourceRow = _scale * r;
            var rowFloor = Math.Max(0, (int)Math.Floor(sourceRow));
            var rowCeil = Math.Min(_side - 1, (int)Math.Ceiling(sourceRow));
            var rowFrac = sourceRow - rowFloor;
            var top = Row(rgb24, frameWidth, x, y, _width, _height, rowFloor - _padTop, zeroRow);
            var bottom = Row(rgb24, frameWidth, x, y, _width, _height, rowCeil - _padTop, zeroRow);
            InterpolateRun(top, bottom, _leftOffset, _rightOffset, _colFrac, rowFrac, _inside, _insideEnd, output);
            for (var c = 0; c < _leftOffset.Length; c++)
            {
                if (c == _inside)
                {
                    c = _insideEnd - 1;
                    continue;
                }

                InterpolatePaddedColumn(top, bottom, _leftOffset[c], _rightOffset[c], _colFrac[c], rowFrac, output.Slice(c * 3, 3));
            }
        }
    }

    /// <summary>
    /// Columns [<paramref name="start"/>, <paramref name="end"/>) of one output row of the planar resample, normalized
    /// (<c>(v − mean[c]) / 255</c> in float32) straight into each channel's row: the per-sample formula of
    /// <see cref="InterpolateRun"/> and then the normalization, in the same operations and order, without the
    /// interleaved row in between.
    /// </summary>
    private static void InterpolatePlanar(ReadOnlySpan<byte> top, ReadOnlySpan<byte> bottom, int[] leftOffset, int[] rightOffset, double[] colFrac, double rowFrac, int start, int end, ReadOnlySpan<float> meanRgb, Span<float> red, Span<float> green, Span<float> blue)
    {
        var (meanR, meanG, meanB) = (meanRgb[0], meanRgb[1], meanRgb[2]);
        for (var c = start; c < end; c++)
        {
            var left = leftOffset[c];
            var right = rightOffset[c];
            var frac = colFrac[c];
            red[c] = (Lerp(top[left], top[right], bottom[left], bottom[right], frac, rowFrac) - meanR) / PixelScale;
            green[c] = (Lerp(top[left + 1], top[right + 1], bottom[left + 1], bottom[right + 1], frac, rowFrac) - meanG) / PixelScale;
            blue[c] = (Lerp(top[left + 2], top[right + 2], bottom[left + 2], bottom[right + 2], frac, rowFrac) - meanB) / PixelScale;
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
