namespace GenScreen.Images.Hashing;

/// <summary>
/// PDQ's reduction of a luminance image to 64×64: two rounds of 1-D box filters along rows then columns (Jarosz's
/// "fast image convolutions", a tent filter; window = ⌈side / 128⌉, shrinking at the edges) followed by picking
/// the pixel at ((i + ½) · side / 64). The reference runs the four passes over the whole image; they are linear and
/// separable, so the same result is Out = R · L · Cᵀ where R (64 × height) and C (64 × width) are the rows of the
/// twice-applied box filter at the sampled positions. Computing it that way touches each pixel once, needs one row
/// of luminance at a time instead of two full float copies of the image (a 40 MP frame would need 320 MB), and sums
/// short windows instead of the reference's long running sums; the only difference is float rounding order
/// (see docs/hashing.md for its effect on the reference vectors).
/// </summary>
internal sealed class PdqDownsampler
{
    public const int Size = 64;
    private const int WindowDivisor = 128;

    /// <summary>Weights of one sampled output along one axis: input index <see cref="Start"/> + k has weight <see cref="Weights"/>[k].</summary>
    internal readonly record struct Tap(int Start, float[] Weights);

    /// <summary>The 64 sampled outputs of the twice-applied box filter over a side of <paramref name="length"/> pixels.</summary>
    internal static Tap[] Taps(int length)
    {
        var window = (length + WindowDivisor - 1) / WindowDivisor;
        var half = (window + 2) / 2;
        var before = window - half; // inputs before the output position in a full window
        var after = half - 1;       // inputs after it
        (int Lo, int Hi) Span(int o) => (Math.Max(0, o - before), Math.Min(length - 1, o + after));

        var taps = new Tap[Size];
        for (var i = 0; i < Size; i++)
        {
            var s = (int)((i + 0.5) * length / Size);
            var (lo, hi) = Span(s);
            var (firstLo, _) = Span(lo);
            var (_, lastHi) = Span(hi);
            var weights = new double[lastHi - firstLo + 1];
            var outer = 1.0 / (hi - lo + 1);
            for (var k = lo; k <= hi; k++)
            {
                var (klo, khi) = Span(k);
                var inner = outer / (khi - klo + 1);
                for (var x = klo; x <= khi; x++)
                {
                    weights[x - firstLo] += inner;
                }
            }

            taps[i] = new Tap(firstLo, [.. weights.Select(w => (float)w)]);
        }

        return taps;
    }

    /// <summary>The 64×64 luminance block (row-major) of an RGB24 image.</summary>
    public static float[] Downsample(ReadOnlySpan<byte> rgb, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (rgb.Length < (long)width * height * 3)
        {
            throw new ArgumentException("Fewer RGB bytes than width × height × 3.", nameof(rgb));
        }

        var rowTaps = Taps(height);
        var colTaps = Taps(width);

        // Each image row reduced to the 64 column samples (64 floats per row), for the rows any row tap reads.
        var reduced = new float[height * Size];
        var done = new bool[height];
        var luma = new float[width];
        foreach (var tap in rowTaps)
        {
            for (var y = tap.Start; y < tap.Start + tap.Weights.Length; y++)
            {
                if (!done[y])
                {
                    Luminance(rgb.Slice(y * width * 3, width * 3), luma);
                    ReduceRow(luma, colTaps, reduced.AsSpan(y * Size, Size));
                    done[y] = true;
                }
            }
        }

        return Combine(rowTaps, reduced);
    }

    /// <summary>
    /// The 64×64 block of the <paramref name="width"/> × <paramref name="height"/> rectangle at (<paramref name="x"/>,
    /// <paramref name="y"/>) of a luminance plane (row-major, <paramref name="stride"/> floats a row): the same as
    /// cropping the picture and hashing the crop, without copying it (the crop entries hash 27 rectangles of one plane).
    /// </summary>
    public static float[] Downsample(ReadOnlySpan<float> plane, int stride, int x, int y, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(x + width, stride);
        if (plane.Length < (long)(y + height) * stride)
        {
            throw new ArgumentException("The rectangle runs past the plane.", nameof(plane));
        }

        var rowTaps = Taps(height);
        var colTaps = Taps(width);
        var reduced = new float[height * Size];
        var done = new bool[height];
        foreach (var tap in rowTaps)
        {
            for (var r = tap.Start; r < tap.Start + tap.Weights.Length; r++)
            {
                if (!done[r])
                {
                    ReduceRow(plane.Slice(((y + r) * stride) + x, width), colTaps, reduced.AsSpan(r * Size, Size));
                    done[r] = true;
                }
            }
        }

        return Combine(rowTaps, reduced);
    }

    /// <summary>Rec. 601 luma of an RGB24 picture as one float plane (row-major).</summary>
    public static float[] LuminancePlane(ReadOnlySpan<byte> rgb, int width, int height)
    {
        var plane = new float[width * height];
        for (var y = 0; y < height; y++)
        {
            Luminance(rgb.Slice(y * width * 3, width * 3), plane.AsSpan(y * width, width));
        }

        return plane;
    }

    private static void ReduceRow(ReadOnlySpan<float> luma, Tap[] colTaps, Span<float> reduced)
    {
        for (var j = 0; j < Size; j++)
        {
            var c = colTaps[j];
            reduced[j] = Dot(luma.Slice(c.Start, c.Weights.Length), c.Weights);
        }
    }

    private static float[] Combine(Tap[] rowTaps, float[] reduced)
    {
        var block = new float[Size * Size];
        for (var i = 0; i < Size; i++)
        {
            var tap = rowTaps[i];
            var row = block.AsSpan(i * Size, Size);
            for (var k = 0; k < tap.Weights.Length; k++)
            {
                var w = tap.Weights[k];
                var source = reduced.AsSpan((tap.Start + k) * Size, Size);
                for (var j = 0; j < Size; j++)
                {
                    row[j] += w * source[j];
                }
            }
        }

        return block;
    }

    // The three products of Rec. 601 luma for every byte value: the same float products as computing them inline.
    private static readonly float[] LumaR = [.. Enumerable.Range(0, 256).Select(v => 0.299f * v)];
    private static readonly float[] LumaG = [.. Enumerable.Range(0, 256).Select(v => 0.587f * v)];
    private static readonly float[] LumaB = [.. Enumerable.Range(0, 256).Select(v => 0.114f * v)];

    /// <summary>Rec. 601 luma, as the reference (0.299 R + 0.587 G + 0.114 B, in float).</summary>
    internal static void Luminance(ReadOnlySpan<byte> rgbRow, Span<float> luma)
    {
        var r = LumaR;
        var g = LumaG;
        var b = LumaB;
        for (int x = 0, p = 0; x < luma.Length; x++, p += 3)
        {
            luma[x] = r[rgbRow[p]] + g[rgbRow[p + 1]] + b[rgbRow[p + 2]];
        }
    }

    private static float Dot(ReadOnlySpan<float> values, ReadOnlySpan<float> weights)
    {
        var sum = 0f;
        for (var k = 0; k < values.Length; k++)
        {
            sum += values[k] * weights[k];
        }

        return sum;
    }
}
