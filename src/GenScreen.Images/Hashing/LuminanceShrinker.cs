namespace GenScreen.Images.Hashing;

/// <summary>
/// A picture's luminance shrunk so that its longer side is at most a given number of pixels, by area averaging (each
/// output pixel is the mean of the input area it covers, fractions of pixels weighted by their share), keeping the
/// aspect ratio, as Meta's Python hasher does with a 512-pixel thumbnail before PDQ. PDQ itself reduces to 64×64, so
/// the detail lost above 512 pixels is detail the hash never sees; what shrinking buys is that the 27 crop hashes of a
/// blocked picture cost the same for a 1024-pixel frame as for a 40-megapixel one.
/// </summary>
internal static class LuminanceShrinker
{
    /// <summary>The longer side the crop entries are computed at.</summary>
    public const int DefaultMaxSide = 512;

    /// <summary>The luminance plane (row-major) of an RGB24 frame, shrunk to at most <paramref name="maxSide"/> on its longer side; its size in <paramref name="shrunkWidth"/> × <paramref name="shrunkHeight"/>.</summary>
    public static float[] Shrink(ReadOnlySpan<byte> rgb, int width, int height, int maxSide, out int shrunkWidth, out int shrunkHeight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSide, 1);
        if (rgb.Length < (long)width * height * 3)
        {
            throw new ArgumentException("Fewer RGB bytes than width × height × 3.", nameof(rgb));
        }

        var longer = Math.Max(width, height);
        if (longer <= maxSide)
        {
            (shrunkWidth, shrunkHeight) = (width, height);
            return PdqDownsampler.LuminancePlane(rgb, width, height);
        }

        var scale = maxSide / (double)longer;
        shrunkWidth = Math.Clamp((int)Math.Round(width * scale), 1, maxSide);
        shrunkHeight = Math.Clamp((int)Math.Round(height * scale), 1, maxSide);
        var columns = Coverage(width, shrunkWidth);
        var rows = Coverage(height, shrunkHeight);

        // Row by row: one luminance row, shrunk along x, added with its coverage weight to the output rows it falls in.
        var plane = new float[shrunkWidth * shrunkHeight];
        var luma = new float[width];
        var narrow = new float[shrunkWidth];
        var rowWeights = new (int Output, float Weight)[2];
        for (var y = 0; y < height; y++)
        {
            PdqDownsampler.Luminance(rgb.Slice(y * width * 3, width * 3), luma);
            for (var j = 0; j < shrunkWidth; j++)
            {
                var (start, weights) = columns[j];
                var sum = 0f;
                for (var k = 0; k < weights.Length; k++)
                {
                    sum += luma[start + k] * weights[k];
                }

                narrow[j] = sum;
            }

            var n = OutputsOf(rows, y, rowWeights);
            for (var o = 0; o < n; o++)
            {
                var (output, weight) = rowWeights[o];
                var target = plane.AsSpan(output * shrunkWidth, shrunkWidth);
                for (var j = 0; j < shrunkWidth; j++)
                {
                    target[j] += weight * narrow[j];
                }
            }
        }

        return plane;
    }

    /// <summary>For each of <paramref name="outputs"/> pixels, the first input pixel it covers and the weights (summing to 1) of the inputs covered.</summary>
    internal static (int Start, float[] Weights)[] Coverage(int inputs, int outputs)
    {
        var ratio = inputs / (double)outputs;
        var result = new (int, float[])[outputs];
        for (var j = 0; j < outputs; j++)
        {
            double from = j * ratio, to = (j + 1) * ratio;
            var first = (int)Math.Floor(from);
            var last = Math.Min(inputs - 1, (int)Math.Ceiling(to) - 1);
            var weights = new float[last - first + 1];
            for (var k = first; k <= last; k++)
            {
                weights[k - first] = (float)((Math.Min(to, k + 1) - Math.Max(from, k)) / ratio);
            }

            result[j] = (first, weights);
        }

        return result;
    }

    /// <summary>The output rows (at most two when shrinking) input row <paramref name="y"/> falls in, with its weight in each.</summary>
    private static int OutputsOf((int Start, float[] Weights)[] rows, int y, (int Output, float Weight)[] found)
    {
        var ratio = rows.Length == 0 ? 1 : (rows[^1].Start + rows[^1].Weights.Length) / (double)rows.Length;
        var guess = Math.Min(rows.Length - 1, (int)(y / ratio));
        var n = 0;
        for (var o = Math.Max(0, guess - 1); o <= Math.Min(rows.Length - 1, guess + 1) && n < found.Length; o++)
        {
            var (start, weights) = rows[o];
            if (y >= start && y < start + weights.Length && weights[y - start] > 0)
            {
                found[n++] = (o, weights[y - start]);
            }
        }

        return n;
    }
}
