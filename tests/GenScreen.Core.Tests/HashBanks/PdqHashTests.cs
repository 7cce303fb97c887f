using GenScreen.Core.HashBanks;

namespace GenScreen.Core.Tests.HashBanks;

public sealed class PdqHashTests
{
    [Fact]
    public void Hex_round_trips_in_the_reference_bit_order()
    {
        const string hex = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
        var hash = PdqHash.Parse(hex);
        Assert.Equal(hex, hash.ToString());
        Assert.Equal(hash, PdqHash.Parse(hex.ToUpperInvariant()));
        // The last hex digit (2 = 0b0010) holds bits 3..0: bit 1 set, bit 0 clear; the first digit (f) bits 255..252.
        Assert.True(hash.GetBit(1));
        Assert.False(hash.GetBit(0));
        Assert.True(hash.GetBit(255));
        Assert.Equal(0x9b22, hash.Chunk(0));
        Assert.Equal(0xf8f8, hash.Chunk(15));
    }

    [Theory]
    [InlineData("")]
    [InlineData("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b2")]
    [InlineData("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b222")]
    [InlineData("g8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22")]
    [InlineData("+8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22")]
    public void Anything_but_64_hex_digits_is_refused(string text)
    {
        Assert.False(PdqHash.TryParse(text, out _));
    }

    [Fact]
    public void Distance_counts_differing_bits()
    {
        var random = new Random(7);
        var a = RandomHashes.Next(random);
        Assert.Equal(0, a.DistanceTo(a));
        Assert.Equal(31, a.DistanceTo(RandomHashes.Flip(a, 31, random)));
        Assert.Equal(256, a.DistanceTo(new PdqHash(~a.Bits0, ~a.Bits1, ~a.Bits2, ~a.Bits3)));
    }
}
