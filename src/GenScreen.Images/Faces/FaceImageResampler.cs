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
        var scale = (double)side / size;
        var colFloor = new int[size];
        var colCeil = new int[size];
        var colFrac = new double[size];
        for (var c = 0; c < size; c++)
        {
            var source = scale * c;
            colFloor[c] = Math.Max(0, (int)Math.Floor(source));
            colCeil[c] = Math.Min(side - 1, (int)Math.Ceiling(source));
            colFrac[c] = source - colFloor[c];
        }

        for (var r = 0; r < size; r++)
        {
            var sourceRow = scale * r;
            var rowFloor = Math.Max(0, (int)Math.Floor(sourceRow));
            var rowCeil = Math.Min(side - 1, (int)Math.Ceiling(sourceRow));
            var rowFrac = sourceRow - rowFloor;
            var top = Row(frameWidth, x, y, height, padTop, rowFloor);
            var bottom = Row(frameWidth, x, y, height, padTop, rowCeil);
            var output = destination.Slice(r * size * 3, size * 3);
            for (var c = 0; c < size; c++)
            {
                var (left, right, frac) = (colFloor[c] - padLeft, colCeil[c] - padLeft, colFrac[c]);
                for (var ch = 0; ch < 3; ch++)
                {
                    double topLeft = Sample(rgb24, top, left, width, ch);
                    double topRight = Sample(rgb24, top, right, width, ch);
                    double bottomLeft = Sample(rgb24, bottom, left, width, ch);
                    double bottomRight = Sample(rgb24, bottom, right, width, ch);
                    var t = topLeft + ((topRight - topLeft) * frac);
                    var b = bottomLeft + ((bottomRight - bottomLeft) * frac);
                    output[(c * 3) + ch] = (float)(t + ((b - t) * rowFrac));
                }
            }
        }
    }

    /// <summary>Byte offset of column <c>x</c> of padded-square row <paramref name="paddedRow"/>, or −1 for a padding row.</summary>
    private static int Row(int frameWidth, int x, int y, int height, int padTop, int paddedRow)
    {
        var row = paddedRow - padTop;
        return row < 0 || row >= height ? -1 : ((((y + row) * frameWidth) + x) * 3);
    }

    private static byte Sample(ReadOnlySpan<byte> rgb24, int rowOffset, int column, int width, int channel) =>
        rowOffset < 0 || column < 0 || column >= width ? (byte)0 : rgb24[rowOffset + (column * 3) + channel];
}
