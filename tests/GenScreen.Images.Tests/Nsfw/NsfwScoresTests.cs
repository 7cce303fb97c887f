using GenScreen.Images.Nsfw;

namespace GenScreen.Images.Tests.Nsfw;

public sealed class NsfwScoresTests
{
    [Fact]
    public void Indexer_EachClass_ReturnsItsProbability()
    {
        var scores = new NsfwScores(0.1f, 0.2f, 0.3f, 0.15f, 0.25f, "v");

        Assert.Equal([0.1f, 0.2f, 0.3f, 0.15f, 0.25f], Enum.GetValues<NsfwClass>().Select(c => scores[c]));
    }

    [Fact]
    public void TopClass_HighestProbability_IsReturned()
    {
        Assert.Equal(NsfwClass.Porn, new NsfwScores(0.1f, 0.1f, 0.1f, 0.6f, 0.1f, "v").TopClass);
    }

    [Fact]
    public void ModelVersion_FullHash_KeepsPackageVersionAndTwelveHexDigits()
    {
        Assert.Equal("nsfwjs-mobilenet_v2@4.4.0+sha256:7de6747aee09", NsfwModelInfo.ModelVersion(NsfwModelInfo.Sha256));
    }
}
