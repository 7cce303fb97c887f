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
    public void Decode_Int32GraphConstantsBetweenWeights_KeepTheFollowingOffsets()
    {
        // face-api's SSD manifest carries the TF graph's int32 constants (quantized and raw) among the float weights.
        var raw = new byte[1 + 4 + 1];
        raw[0] = 2;
        BinaryPrimitives.WriteInt32LittleEndian(raw.AsSpan(1), 5118);
        raw[5] = 9;
        TfjsWeightSpec[] specs =
        [
            new("axis", [1], "int32", new TfjsQuantization("uint8", 1, 1)),
            new("count", [1], "int32", null),
            new("w", [1], "float32", new TfjsQuantization("uint8", 0.5, 0)),
        ];

        var weights = TfjsWeightDecoder.Decode(specs, raw);

        Assert.Equal(3f, weights["axis"].Values[0]);
        Assert.Equal(5118f, weights["count"].Values[0]);
        Assert.Equal(4.5f, weights["w"].Values[0]);
    }

    [Fact]
    public void Decode_DataLongerThanManifest_ThrowsInvalidDataException()
    {
        var spec = new TfjsWeightSpec("w", [2], "float32", new TfjsQuantization("uint8", 1, 0));

        Assert.Throws<InvalidDataException>(() => TfjsWeightDecoder.Decode([spec], new byte[3]));
    }
}
