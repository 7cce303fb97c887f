using GenScreen.Core.HashBanks;
using GenScreen.Images.Decoding;
using GenScreen.Images.Hashing;
using Xunit.Abstractions;

namespace GenScreen.Images.Tests.Hashing;

/// <summary>
/// Each dihedral variant derived from the DCT equals (within a few bits: the decimation grid is not exactly
/// symmetric) the hash of the picture really transformed that way, which also pins what each variant's name means.
/// </summary>
public sealed class PdqDihedralTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(PdqDihedral.Rotate90)]
    [InlineData(PdqDihedral.Rotate180)]
    [InlineData(PdqDihedral.Rotate270)]
    [InlineData(PdqDihedral.FlipVertical)]
    [InlineData(PdqDihedral.FlipHorizontal)]
    [InlineData(PdqDihedral.Transpose)]
    [InlineData(PdqDihedral.AntiTranspose)]
    public void Variant_matches_the_hash_of_the_transformed_picture(PdqDihedral d)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdq", "bridge-1-original.jpg"));
        var frame = SafeImageDecoder.Decode(bytes, "image/jpeg", "bridge.jpg", new ImageDecodeLimits(), CancellationToken.None).Frames[0];
        var original = PdqHasher.Hash(frame.Rgb.Span, frame.Width, frame.Height);
        var (rgb, w, h) = Transform(frame.Rgb.Span, frame.Width, frame.Height, d);
        var transformed = PdqHasher.Hash(rgb, w, h);

        var distance = original.Variant(d).DistanceTo(transformed.Hash);
        output.WriteLine($"{d}: variant vs transformed picture {distance}; vs original {original.Hash.DistanceTo(transformed.Hash)}");
        Assert.True(distance <= 10, $"{d}: {distance}");
        Assert.True(original.Hash.DistanceTo(transformed.Hash) > 64, "the transformed picture's own hash is far from the original's");
    }

    /// <summary>Moves pixel (x, y) of a w×h picture to where <paramref name="d"/> puts it.</summary>
    internal static (byte[] Rgb, int Width, int Height) Transform(ReadOnlySpan<byte> rgb, int w, int h, PdqDihedral d)
    {
        var swap = d is PdqDihedral.Rotate90 or PdqDihedral.Rotate270 or PdqDihedral.Transpose or PdqDihedral.AntiTranspose;
        var (nw, nh) = swap ? (h, w) : (w, h);
        var result = new byte[rgb.Length];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var (tx, ty) = d switch
                {
                    PdqDihedral.Rotate90 => (y, w - 1 - x),          // counter-clockwise
                    PdqDihedral.Rotate180 => (w - 1 - x, h - 1 - y),
                    PdqDihedral.Rotate270 => (h - 1 - y, x),         // clockwise
                    PdqDihedral.FlipVertical => (x, h - 1 - y),
                    PdqDihedral.FlipHorizontal => (w - 1 - x, y),
                    PdqDihedral.Transpose => (y, x),
                    PdqDihedral.AntiTranspose => (h - 1 - y, w - 1 - x),
                    _ => (x, y),
                };
                rgb.Slice(((y * w) + x) * 3, 3).CopyTo(result.AsSpan(((ty * nw) + tx) * 3, 3));
            }
        }

        return (result, nw, nh);
    }
}
