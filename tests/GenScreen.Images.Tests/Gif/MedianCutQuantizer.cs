using System.Runtime.InteropServices;

namespace GenScreen.Images.Tests.Gif;

/// <summary>A picture reduced to a colour table and one index per pixel.</summary>
/// <param name="Palette">RGB triples.</param>
/// <param name="Indices">One index into <paramref name="Palette"/> per pixel.</param>
internal sealed record IndexedImage(byte[] Palette, byte[] Indices)
{
    public int Colours => Palette.Length / 3;

    /// <summary>The picture as the GIF shows it: RGB24 from the table.</summary>
    public byte[] ToRgb()
    {
        var rgb = new byte[Indices.Length * 3];
        for (int i = 0; i < Indices.Length; i++)
        {
            Palette.AsSpan(Indices[i] * 3, 3).CopyTo(rgb.AsSpan(i * 3));
        }

        return rgb;
    }
}

/// <summary>
/// Median cut on the picture's own colours (deterministic, no dithering): starting from one box holding every
/// distinct colour, the box with the largest squared error is split at its weighted median along its widest
/// channel until there are as many boxes as table entries; each box's colour is its pixel-weighted mean, and each
/// pixel takes the nearest table colour. A picture with no more distinct colours than the table is kept exactly.
/// </summary>
internal static class MedianCutQuantizer
{
    public static IndexedImage Quantize(ReadOnlySpan<byte> rgb, int maxColours = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxColours, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxColours, 256);
        if (rgb.IsEmpty || rgb.Length % 3 != 0)
        {
            throw new ArgumentException("expected RGB24 pixels", nameof(rgb));
        }

        var entries = Histogram(rgb);
        var boxes = new List<Box> { Box.Of(entries, 0, entries.Length) };
        while (boxes.Count < maxColours)
        {
            int worst = -1;
            for (int i = 0; i < boxes.Count; i++)
            {
                if (boxes[i].Length > 1 && (worst < 0 || boxes[i].SquaredError > boxes[worst].SquaredError))
                {
                    worst = i;
                }
            }

            if (worst < 0)
            {
                break; // every box is a single colour: the table is exact
            }

            var (low, high) = boxes[worst].Split(entries);
            boxes[worst] = low;
            boxes.Add(high);
        }

        var palette = new byte[boxes.Count * 3];
        for (int i = 0; i < boxes.Count; i++)
        {
            boxes[i].Mean(entries).CopyTo(palette.AsSpan(i * 3));
        }

        return new IndexedImage(palette, Map(rgb, palette));
    }

    /// <summary>Distinct colours (0xRRGGBB) with their pixel counts, in colour order so the result is deterministic.</summary>
    private static (int Colour, int Count)[] Histogram(ReadOnlySpan<byte> rgb)
    {
        var counts = new Dictionary<int, int>();
        for (int i = 0; i < rgb.Length; i += 3)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, Key(rgb, i), out _)++;
        }

        var entries = counts.Select(p => (p.Key, p.Value)).ToArray();
        Array.Sort(entries, (a, b) => a.Item1.CompareTo(b.Item1));
        return entries;
    }

    private static byte[] Map(ReadOnlySpan<byte> rgb, byte[] palette)
    {
        var nearest = new Dictionary<int, byte>();
        var indices = new byte[rgb.Length / 3];
        for (int i = 0, p = 0; i < rgb.Length; i += 3, p++)
        {
            int key = Key(rgb, i);
            if (!nearest.TryGetValue(key, out byte index))
            {
                index = Nearest(rgb[i], rgb[i + 1], rgb[i + 2], palette);
                nearest[key] = index;
            }

            indices[p] = index;
        }

        return indices;
    }

    private static byte Nearest(int r, int g, int b, byte[] palette)
    {
        int best = 0;
        int bestDistance = int.MaxValue;
        for (int i = 0, j = 0; j < palette.Length; i++, j += 3)
        {
            int dr = r - palette[j];
            int dg = g - palette[j + 1];
            int db = b - palette[j + 2];
            int distance = (dr * dr) + (dg * dg) + (db * db);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (i, distance);
            }
        }

        return (byte)best;
    }

    private static int Key(ReadOnlySpan<byte> rgb, int i) => (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];

    private static int Channel(int colour, int channel) => (colour >> (16 - (8 * channel))) & 0xFF;

    /// <summary>A run of the entries array: its colours, pixel count and squared error around the mean.</summary>
    private readonly record struct Box(int Start, int Length, long Pixels, double SquaredError, int WidestChannel)
    {
        public static Box Of((int Colour, int Count)[] entries, int start, int length)
        {
            Span<double> sum = stackalloc double[3];
            Span<double> sumSquares = stackalloc double[3];
            long pixels = 0;
            foreach (var (colour, count) in entries.AsSpan(start, length))
            {
                pixels += count;
                for (int c = 0; c < 3; c++)
                {
                    double v = Channel(colour, c);
                    sum[c] += v * count;
                    sumSquares[c] += v * v * count;
                }
            }

            double error = 0;
            double widestVariance = -1;
            int widest = 0;
            for (int c = 0; c < 3; c++)
            {
                double channelError = sumSquares[c] - (sum[c] * sum[c] / pixels);
                error += channelError;
                if (channelError > widestVariance)
                {
                    (widest, widestVariance) = (c, channelError);
                }
            }

            return new Box(start, length, pixels, error, widest);
        }

        /// <summary>Splits at the weighted median of the widest channel; both halves keep at least one colour.</summary>
        public (Box Low, Box High) Split((int Colour, int Count)[] entries)
        {
            int channel = WidestChannel;
            var run = entries.AsSpan(Start, Length);
            run.Sort((a, b) =>
            {
                int order = Channel(a.Colour, channel).CompareTo(Channel(b.Colour, channel));
                return order != 0 ? order : a.Colour.CompareTo(b.Colour);
            });
            long half = Pixels / 2;
            long seen = 0;
            int cut = 1;
            for (int i = 0; i < run.Length - 1; i++)
            {
                seen += run[i].Count;
                cut = i + 1;
                if (seen >= half)
                {
                    break;
                }
            }

            return (Of(entries, Start, cut), Of(entries, Start + cut, Length - cut));
        }

        public byte[] Mean((int Colour, int Count)[] entries)
        {
            Span<double> sum = stackalloc double[3];
            foreach (var (colour, count) in entries.AsSpan(Start, Length))
            {
                for (int c = 0; c < 3; c++)
                {
                    sum[c] += (double)Channel(colour, c) * count;
                }
            }

            return [(byte)Math.Round(sum[0] / Pixels), (byte)Math.Round(sum[1] / Pixels), (byte)Math.Round(sum[2] / Pixels)];
        }
    }
}
