using GenScreen.Images.Decoding;

namespace GenScreen.Images.Tests.Decoding;

public sealed class FrameSamplerTests
{
    [Theory]
    [InlineData(1, 8, new[] { 0 })]
    [InlineData(5, 8, new[] { 0, 1, 2, 3, 4 })]
    [InlineData(8, 8, new[] { 0, 1, 2, 3, 4, 5, 6, 7 })]
    [InlineData(12, 8, new[] { 0, 2, 3, 5, 6, 8, 9, 11 })]
    [InlineData(9, 2, new[] { 0, 8 })]
    [InlineData(10, 1, new[] { 0 })]
    public void Sample_FrameCountAndCap_ReturnsExpectedIndices(int frameCount, int maxFrames, int[] expected)
    {
        Assert.Equal(expected, FrameSampler.Sample(frameCount, maxFrames));
    }

    [Theory]
    [InlineData(9, 8)]
    [InlineData(1000, 8)]
    [InlineData(2000, 7)]
    public void Sample_MoreFramesThanCap_ReturnsCapDistinctAscendingFromFirstToLast(int frameCount, int maxFrames)
    {
        var indices = FrameSampler.Sample(frameCount, maxFrames);

        Assert.Equal(maxFrames, indices.Length);
        Assert.Equal(0, indices[0]);
        Assert.Equal(frameCount - 1, indices[^1]);
        Assert.All(indices.Zip(indices.Skip(1)), pair => Assert.True(pair.First < pair.Second));
    }
}
