using GenScreen.Images.Decoding;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>
/// Damaged variants of every fixture (bit flips, overwritten runs, cuts, insertions; seeded, so reproducible)
/// must each produce a result: no exception, no internal error, and frames that are either complete or absent.
/// A larger run of the same generator (20,000 cases) was clean before this was committed.
/// </summary>
public sealed class SafeImageDecoderRobustnessTests
{
    [Fact]
    public void Decode_DamagedFixtures_AlwaysReturnsAConsistentResult()
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "decoding");
        var fixtures = Directory.GetFiles(directory)
            .Where(f => !f.EndsWith(".sh", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToArray();
        var random = new Random(20251125);
        var limits = new ImageDecodeLimits { MaxFrames = 12 };

        for (int i = 0; i < 400; i++)
        {
            var bytes = Damage(fixtures[random.Next(fixtures.Length)], random);

            var result = SafeImageDecoder.Decode(bytes, null, null, limits, CancellationToken.None);

            Assert.NotEqual(DecodeFailureReason.InternalError, result.FailureReason);
            if (result.Succeeded)
            {
                Assert.NotEmpty(result.Frames);
                Assert.All(result.Frames, f => Assert.Equal(result.Width * result.Height * 3, f.Rgb.Length));
            }
            else
            {
                Assert.Empty(result.Frames);
                Assert.NotEmpty(result.Message);
            }
        }
    }

    private static byte[] Damage(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0:
                for (int k = 1 + random.Next(8); k > 0; k--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case 1:
                int at = random.Next(bytes.Length);
                random.NextBytes(bytes.AsSpan(at, Math.Min(bytes.Length - at, 1 + random.Next(16))));
                return bytes;
            case 2:
                return bytes[..random.Next(bytes.Length)];
            default:
                int insertAt = random.Next(bytes.Length);
                var inserted = new byte[1 + random.Next(32)];
                random.NextBytes(inserted);
                return [.. bytes[..insertAt], .. inserted, .. bytes[insertAt..]];
        }
    }
}
