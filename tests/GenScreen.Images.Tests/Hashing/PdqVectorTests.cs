using GenScreen.Core.HashBanks;
using GenScreen.Images.Decoding;
using GenScreen.Images.Hashing;
using Xunit.Abstractions;

namespace GenScreen.Images.Tests.Hashing;

/// <summary>
/// Meta's PDQ test vectors (Fixtures/pdq, from ThreatExchange pdq/data/): each image decoded by our safe decoder
/// (SkiaSharp, not the reference's image library) and hashed, within the tolerance the reference's own tests allow
/// for float and decoder differences.
/// </summary>
public sealed class PdqVectorTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, int> Vectors => new()
    {
        { "wee.jpg", "6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d", 2 },
        { "small.jpg", "0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff", 2 },
        { "q0003.jpg", "54a977c221d14c1c43ba5e6e21d4a13989a3553f1462611cbb85fda7be83b677", 16 },
        { "q0004.jpg", "992d44af36d69e6ca6b812585928bac11def254ef5398c6d07466c9abcc65b92", 16 },
        { "q0122.jpg", "cfb2009ddd21c6dab0046a7745b5984757a8a4535b3377aea2591d32b33ff940", 16 },
        { "q0291.jpg", "a0fe94f1e5cc1cc8dd855948498dc9243f7ca27336f036d7f212b74bc103c9a7", 16 },
        { "q0746.jpg", "1049d96239e24d4dca2c55512b8bdb77425f4dbcf575a0a95555aaab5554aaaa", 16 },
        { "q1050.jpg", "489db672e9190276d452aeab41eba20f02375fe4092d88defdf491a5c55c5f70", 16 },
        { "q2821.jpg", "b150231ffae4710ffcf4f18bb574b109a576f14bb8543189f8743289f174b109", 16 },
        { "shrink-a-lot.jpg", "d0f8f1ccc0f4a84d0a370a3a228f67f0b36e2ed5b6623e1d33e6339c4e9c9b22", 10 },
        { "square-128x128.jpg", "d8f8f1eec0f4a84f0e37022a078f63f0b36e2ed596621e1d33e6239c4e9c9b22", 10 },
        { "bridge-1-original.jpg", "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22", 10 },
        { "bridge-2-rotate-90.jpg", "30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af", 10 },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Hash_is_within_the_reference_tolerance(string file, string expected, int tolerance)
    {
        var hashes = HashFixture(file);
        var distance = hashes.Hash.DistanceTo(PdqHash.Parse(expected));
        output.WriteLine($"{file}: {hashes.Hash} quality {hashes.Quality}, distance {distance} (tolerance {tolerance})");
        Assert.True(distance <= tolerance, $"{file}: distance {distance} > {tolerance}; got {hashes.Hash}");
    }

    [Fact]
    public void Flat_and_tiny_reference_images_have_the_quality_the_reference_reports()
    {
        Assert.Equal(0, HashFixture("small.jpg").Quality);
        Assert.Equal(100, HashFixture("bridge-1-original.jpg").Quality);
    }

    [Fact]
    public void The_rotated_bridge_is_far_from_the_original_but_one_of_its_variants_matches()
    {
        var original = HashFixture("bridge-1-original.jpg");
        var rotated = HashFixture("bridge-2-rotate-90.jpg");
        Assert.True(original.Hash.DistanceTo(rotated.Hash) > 100);
        var best = Enum.GetValues<PdqDihedral>().MinBy(d => original.Variant(d).DistanceTo(rotated.Hash));
        output.WriteLine($"closest variant {best}: {original.Variant(best).DistanceTo(rotated.Hash)}");
        Assert.True(original.Variant(best).DistanceTo(rotated.Hash) <= 10);
    }

    internal static PdqHashes HashFixture(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdq", file));
        var decoded = SafeImageDecoder.Decode(bytes, "image/jpeg", file, new ImageDecodeLimits(), CancellationToken.None);
        Assert.True(decoded.Succeeded, decoded.Message);
        var frame = decoded.Frames[0];
        return PdqHasher.Hash(frame.Rgb.Span, frame.Width, frame.Height);
    }
}
