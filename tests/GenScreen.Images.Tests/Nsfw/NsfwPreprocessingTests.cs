using GenScreen.Images.Nsfw;

namespace GenScreen.Images.Tests.Nsfw;

/// <summary>
/// nsfwjs's preprocessing: divide by 255, then bilinear resize to 224x224 with align_corners (halfPixelCenters off).
/// Bit-exactness against tfjs itself is checked on real images by <see cref="NsfwParityTests"/>.
/// </summary>
public sealed class NsfwPreprocessingTests
{
    private const int Last = NsfwPreprocessing.InputSize - 1;

    [Fact]
    public void ToInputTensor_224x224Image_DividesBy255WithoutResizing()
    {
        var rgb = new byte[NsfwPreprocessing.TensorLength];
        new Random(1).NextBytes(rgb);

        var tensor = NsfwPreprocessing.ToInputTensor(rgb, 224, 224);

        Assert.Equal(rgb.Select(b => b / 255f), tensor);
    }

    [Fact]
    public void ToInputTensor_2x2Image_OutputCornersEqualInputCorners()
    {
        byte[] rgb = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]; // TL, TR, BL, BR

        var tensor = NsfwPreprocessing.ToInputTensor(rgb, 2, 2);

        Assert.Equal([10 / 255f, 20 / 255f, 30 / 255f], Pixel(tensor, 0, 0));
        Assert.Equal([40 / 255f, 50 / 255f, 60 / 255f], Pixel(tensor, 0, Last));
        Assert.Equal([70 / 255f, 80 / 255f, 90 / 255f], Pixel(tensor, Last, 0));
        Assert.Equal([100 / 255f, 110 / 255f, 120 / 255f], Pixel(tensor, Last, Last));
    }

    [Fact]
    public void ToInputTensor_BlackToWhiteRow_InterpolatesLinearlyInDoublePrecision()
    {
        byte[] rgb = [0, 0, 0, 255, 255, 255];

        var tensor = NsfwPreprocessing.ToInputTensor(rgb, 2, 1);

        // align_corners: source x = c * (2 - 1) / (224 - 1); value = 0 + (1 - 0) * x, rounded once to float32.
        for (var c = 0; c < NsfwPreprocessing.InputSize; c++)
        {
            Assert.Equal((float)(1.0 / Last * c), Pixel(tensor, 100, c)[1]);
        }
    }

    [Fact]
    public void ToInputTensor_RedImage_KeepsRgbChannelOrder()
    {
        var rgb = Enumerable.Repeat<byte[]>([255, 0, 0], 10 * 7).SelectMany(p => p).ToArray();

        var tensor = NsfwPreprocessing.ToInputTensor(rgb, 10, 7);

        Assert.All(tensor.Chunk(3), p => Assert.Equal([1f, 0f, 0f], p));
    }

    [Fact]
    public void ToInputTensor_OnePixelImage_FillsTheTensorWithIt()
    {
        var tensor = NsfwPreprocessing.ToInputTensor(new byte[] { 51, 102, 204 }, 1, 1);

        Assert.All(tensor.Chunk(3), p => Assert.Equal([0.2f, 0.4f, 0.8f], p));
    }

    [Fact]
    public void ToInputTensor_WrongByteCount_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => NsfwPreprocessing.ToInputTensor(new byte[11], 2, 2));
    }

    [Fact]
    public void ToInputTensor_DestinationTooSmall_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => NsfwPreprocessing.ToInputTensor(new byte[12], 2, 2, new float[NsfwPreprocessing.TensorLength - 1]));
    }

    [Fact]
    public void ToInputTensor_ZeroWidth_ThrowsArgumentOutOfRangeException()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NsfwPreprocessing.ToInputTensor([], 0, 1));
    }

    private static float[] Pixel(float[] tensor, int row, int col) =>
        tensor.AsSpan(((row * NsfwPreprocessing.InputSize) + col) * 3, 3).ToArray();
}
