using GenScreen.Core.HashBanks;

namespace GenScreen.Images.Hashing;

/// <summary>
/// Canonical crops of a picture, hashed to be banked beside its own hash. PDQ is not crop-tolerant: a 5 % crop moves
/// a photo's hash by 32 to 58 bits, past the default distance 31 (docs/hashing.md). Banking the hashes of the picture
/// trimmed by <see cref="DefaultShare"/> on each side, at each corner and around the centre puts every such crop of
/// a re-upload a short distance from one banked entry; the price is 10 entries per banked picture instead of 1, and
/// the same number of chances for an unrelated picture to come within the distance (measured in PdqCropTests:
/// unrelated photos stay above 90 bits).
/// </summary>
public static class PdqCrops
{
    /// <summary>Trim of the canonical crops, as a share of the width and of the height.</summary>
    public const double DefaultShare = 0.05;

    /// <summary>The trims banked: 2 % apart, so a crop between 2 % and 8 % is never more than 1 % from a banked one.</summary>
    public static readonly IReadOnlyList<double> DefaultShares = [0.03, DefaultShare, 0.07];

    /// <summary>A crop: <see cref="Name"/> says which sides were trimmed.</summary>
    public readonly record struct Rectangle(string Name, int X, int Y, int Width, int Height);

    /// <summary>
    /// The 9 canonical crops of a <paramref name="width"/> × <paramref name="height"/> picture: the share trimmed off
    /// one side (left, right, top, bottom), off the two sides at a corner, and half of it off every side (centre).
    /// </summary>
    public static IReadOnlyList<Rectangle> Rectangles(int width, int height, double share = DefaultShare)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 0.5);
        var dx = (int)Math.Round(width * share);
        var dy = (int)Math.Round(height * share);
        if (dx == 0 || dy == 0)
        {
            return []; // too small to crop: nothing to add
        }

        int w = width - dx, h = height - dy;
        return
        [
            new("left", dx, 0, w, height), new("right", 0, 0, w, height), new("top", 0, dy, width, h), new("bottom", 0, 0, width, h),
            new("top-left", dx, dy, w, h), new("top-right", 0, dy, w, h), new("bottom-left", dx, 0, w, h), new("bottom-right", 0, 0, w, h),
            new("centre", dx / 2, dy / 2, w, h),
        ];
    }

    /// <summary>
    /// The hashes of the canonical crops of an RGB24 frame whose quality reaches <paramref name="minQuality"/>, distinct,
    /// without the picture's own. The crops are taken from the frame's luminance shrunk to at most
    /// <see cref="LuminanceShrinker.DefaultMaxSide"/> pixels (once), each read in place from that one plane: no copy of
    /// the frame per crop, and a cost that does not grow with the frame's size.
    /// </summary>
    public static IReadOnlyList<PdqHash> Hashes(ReadOnlySpan<byte> rgb, int width, int height, int minQuality, IReadOnlyList<double>? shares = null)
    {
        var whole = PdqHasher.Hash(rgb, width, height).Hash;
        var plane = LuminanceShrinker.Shrink(rgb, width, height, LuminanceShrinker.DefaultMaxSide, out var w, out var h);
        var hashes = new List<PdqHash>();
        foreach (var r in (shares ?? DefaultShares).SelectMany(s => Rectangles(w, h, s)))
        {
            var crop = PdqHasher.FromBlock(PdqDownsampler.Downsample(plane, w, r.X, r.Y, r.Width, r.Height));
            if (crop.Quality >= minQuality && crop.Hash != whole && !hashes.Contains(crop.Hash))
            {
                hashes.Add(crop.Hash);
            }
        }

        return hashes;
    }

    /// <summary>The pixels of <paramref name="r"/> (tightly packed RGB24).</summary>
    public static byte[] Crop(ReadOnlySpan<byte> rgb, int width, Rectangle r)
    {
        var crop = new byte[r.Width * r.Height * 3];
        for (var y = 0; y < r.Height; y++)
        {
            rgb.Slice((((r.Y + y) * width) + r.X) * 3, r.Width * 3).CopyTo(crop.AsSpan(y * r.Width * 3));
        }

        return crop;
    }
}
