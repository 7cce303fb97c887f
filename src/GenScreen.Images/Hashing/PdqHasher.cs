using GenScreen.Core.HashBanks;

namespace GenScreen.Images.Hashing;

/// <summary>
/// Meta's PDQ perceptual hash (facebook/ThreatExchange pdq/, "hashing.pdf"), written from the published algorithm:
/// luminance → 64×64 by Jarosz box filters (<see cref="PdqDownsampler"/>) → quality from the block's gradients →
/// DCT coefficients 1..16 × 1..16 (the DC term is left out) → one bit per coefficient, set when it is above the
/// median. The eight dihedral variants are derived from the same 16×16 DCT, as the reference does: mirroring a
/// picture flips the sign of its odd-frequency coefficients and a transposition swaps the two indices.
/// The hash is computed on the whole decoded frame (as the Java, Rust and HMA hashers do; the C++ command line
/// first shrinks to 512×512).
/// </summary>
public static class PdqHasher
{
    private const int Block = PdqDownsampler.Size;
    private const int Coefficients = 16;

    // D[i][k] = cos(π / 128 · (i + 1) · (2k + 1)), i < 16, k < 64. The reference scales it by √(2/64); a constant
    // factor changes no comparison with the median, so it is left out.
    private static readonly float[] Dct = BuildDct();

    /// <summary>Hashes an RGB24 frame (tightly packed, row after row).</summary>
    public static PdqHashes Hash(ReadOnlySpan<byte> rgb, int width, int height) =>
        FromBlock(PdqDownsampler.Downsample(rgb, width, height));

    /// <summary>The hash, quality and variants of a 64×64 luminance block (<see cref="PdqDownsampler"/>).</summary>
    internal static PdqHashes FromBlock(float[] block)
    {
        var quality = Quality(block);
        var dct = Dct16(block);
        var variants = new PdqHash[8];
        Span<float> transformed = stackalloc float[Coefficients * Coefficients];
        for (var d = 0; d < variants.Length; d++)
        {
            Transform(dct, (PdqDihedral)d, transformed);
            variants[d] = ToBits(transformed);
        }

        return new PdqHashes(variants[0], quality, variants);
    }

    /// <summary>
    /// The reference's heuristic: the sum over neighbouring block pixels of |difference| in percent of full scale
    /// (truncated to an integer, so only significant gradients count), divided by 90, capped at 100.
    /// </summary>
    internal static int Quality(ReadOnlySpan<float> block)
    {
        var sum = 0;
        for (var i = 0; i < Block - 1; i++)
        {
            for (var j = 0; j < Block; j++)
            {
                sum += Math.Abs((int)((block[(i * Block) + j] - block[((i + 1) * Block) + j]) * 100 / 255));
            }
        }

        for (var i = 0; i < Block; i++)
        {
            for (var j = 0; j < Block - 1; j++)
            {
                sum += Math.Abs((int)((block[(i * Block) + j] - block[(i * Block) + j + 1]) * 100 / 255));
            }
        }

        return Math.Min(100, sum / 90);
    }

    /// <summary>B = D · A · Dᵀ (16×16) for the 64×64 block A.</summary>
    internal static float[] Dct16(ReadOnlySpan<float> block)
    {
        var t = new float[Coefficients * Block]; // T = D · A
        for (var i = 0; i < Coefficients; i++)
        {
            var trow = t.AsSpan(i * Block, Block);
            for (var k = 0; k < Block; k++)
            {
                var d = Dct[(i * Block) + k];
                var arow = block.Slice(k * Block, Block);
                for (var j = 0; j < Block; j++)
                {
                    trow[j] += d * arow[j];
                }
            }
        }

        var b = new float[Coefficients * Coefficients];
        for (var i = 0; i < Coefficients; i++)
        {
            var trow = t.AsSpan(i * Block, Block);
            for (var j = 0; j < Coefficients; j++)
            {
                var drow = Dct.AsSpan(j * Block, Block);
                var sum = 0f;
                for (var k = 0; k < Block; k++)
                {
                    sum += trow[k] * drow[k];
                }

                b[(i * Coefficients) + j] = sum;
            }
        }

        return b;
    }

    /// <summary>
    /// The DCT of the transformed picture from the original's. Coefficient (i, j) has vertical frequency i + 1 and
    /// horizontal frequency j + 1: mirroring top to bottom multiplies it by (−1)^(i+1), left to right by (−1)^(j+1),
    /// and transposing the picture transposes the block. Rotations are a transposition and a mirror.
    /// </summary>
    internal static void Transform(ReadOnlySpan<float> a, PdqDihedral d, Span<float> result)
    {
        for (var i = 0; i < Coefficients; i++)
        {
            for (var j = 0; j < Coefficients; j++)
            {
                var v = a[(i * Coefficients) + j];
                var evenI = (i & 1) == 0; // odd frequency: changes sign under a mirror
                var evenJ = (j & 1) == 0;
                var (target, negate) = d switch
                {
                    PdqDihedral.Original => ((i * Coefficients) + j, false),
                    PdqDihedral.Rotate90 => ((j * Coefficients) + i, evenJ),
                    PdqDihedral.Rotate180 => ((i * Coefficients) + j, evenI ^ evenJ),
                    PdqDihedral.Rotate270 => ((j * Coefficients) + i, evenI),
                    PdqDihedral.FlipVertical => ((i * Coefficients) + j, evenI),
                    PdqDihedral.FlipHorizontal => ((i * Coefficients) + j, evenJ),
                    PdqDihedral.Transpose => ((j * Coefficients) + i, false),
                    _ => ((j * Coefficients) + i, evenI ^ evenJ),
                };
                result[target] = negate ? -v : v;
            }
        }
    }

    /// <summary>Bit k set when coefficient k is above the median (the 128th smallest of the 256), as the reference's Torben median.</summary>
    internal static PdqHash ToBits(ReadOnlySpan<float> coefficients)
    {
        Span<float> sorted = stackalloc float[coefficients.Length];
        coefficients.CopyTo(sorted);
        sorted.Sort();
        var median = sorted[(coefficients.Length - 1) / 2];
        Span<ulong> words = stackalloc ulong[4];
        for (var k = 0; k < coefficients.Length; k++)
        {
            if (coefficients[k] > median)
            {
                words[k >> 6] |= 1UL << (k & 63);
            }
        }

        return new PdqHash(words[0], words[1], words[2], words[3]);
    }

    private static float[] BuildDct()
    {
        var d = new float[Coefficients * Block];
        for (var i = 0; i < Coefficients; i++)
        {
            for (var k = 0; k < Block; k++)
            {
                d[(i * Block) + k] = (float)Math.Cos(Math.PI / 2 / Block * (i + 1) * ((2 * k) + 1));
            }
        }

        return d;
    }
}
