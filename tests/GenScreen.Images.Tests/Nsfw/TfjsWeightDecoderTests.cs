using System.Buffers.Binary;
using GenScreen.ModelImport.Tfjs;

namespace GenScreen.Images.Tests.Nsfw;

public sealed class TfjsWeightDecoderTests
{
    [Fact]
    public void Decode_Uint8Quantized_DequantizesInDoubleThenRoundsToFloat()
    {
        var spec = new TfjsWeightSpec("w", [3], "float32", new TfjsQuantization("uint8", 0.006666756611244351, -0.87334511607301));

        var weights = TfjsWeightDecoder.Decode([spec], new byte[] { 0, 131, 255 });

        Assert.Equal(
            new[] { (float)-0.87334511607301, (float)((131 * 0.006666756611244351) + -0.87334511607301), (float)((255 * 0.006666756611244351) + -0.87334511607301) },
            weights["w"].Values);
    }

    [Fact]
    public void Decode_ConsecutiveWeights_ReadsEachAtItsOffset()
    {
        var raw = new byte[5];
        raw[0] = 7;
        BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(1), 1.25f);
        TfjsWeightSpec[] specs = [new("a", [1], "float32", new TfjsQuantization("uint8", 1, 0)), new("b", [1], "float32", null)];

        var weights = TfjsWeightDecoder.Decode(specs, raw);

        Assert.Equal(7f, weights["a"].Values[0]);
        Assert.Equal(1.25f, weights["b"].Values[0]);
    }

    [Fact]
    public void Decode_DataLongerThanManifest_ThrowsInvalidDataException()
    {
        var spec = new TfjsWeightSpec("w", [2], "float32", new TfjsQuantization("uint8", 1, 0));

        Assert.Throws<InvalidDataException>(() => TfjsWeightDecoder.Decode([spec], new byte[3]));
    }
}
