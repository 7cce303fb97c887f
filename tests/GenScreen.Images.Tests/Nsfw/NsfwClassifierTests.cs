using GenScreen.Images.Nsfw;

namespace GenScreen.Images.Tests.Nsfw;

[Collection(NsfwModelGroup.Name)]
public sealed class NsfwClassifierTests(NsfwModelFixture fixture)
{
    private static NsfwImage Noise(int width, int height, int seed)
    {
        var rgb = new byte[width * height * 3];
        new Random(seed).NextBytes(rgb);
        return new NsfwImage(rgb, width, height);
    }

    [Fact]
    public void Classify_RandomImage_ReturnsProbabilitiesSummingToOne()
    {
        var image = Noise(300, 200, 1);

        var scores = fixture.Classifier.Classify(image.Rgb24.Span, image.Width, image.Height);

        var probabilities = Enum.GetValues<NsfwClass>().Select(c => scores[c]).ToArray();
        Assert.All(probabilities, p => Assert.InRange(p, 0f, 1f));
        Assert.Equal(1.0, probabilities.Sum(p => (double)p), 1e-5);
    }

    [Fact]
    public void Classify_AnyImage_ReportsTheModelVersion()
    {
        var image = Noise(50, 60, 2);

        var scores = fixture.Classifier.Classify(image.Rgb24.Span, image.Width, image.Height);

        Assert.Equal("nsfwjs-mobilenet_v2@4.4.0+sha256:7de6747aee09", scores.ModelVersion);
        Assert.Equal(scores.ModelVersion, fixture.Classifier.ModelVersion);
    }

    [Fact]
    public void Classify_BatchSplitIntoChunks_MatchesSingleImageResults()
    {
        NsfwImage[] images = [Noise(224, 224, 3), Noise(640, 480, 4), Noise(31, 77, 5)];
        using var chunked = new NsfwClassifier(fixture.Model, new NsfwClassifierOptions { MaxBatchSize = 2, IntraOpNumThreads = 1 });

        var batch = chunked.Classify(images);

        Assert.Equal(images.Length, batch.Count);
        for (var i = 0; i < images.Length; i++)
        {
            var single = fixture.Classifier.Classify(images[i].Rgb24.Span, images[i].Width, images[i].Height);
            foreach (var c in Enum.GetValues<NsfwClass>())
            {
                Assert.Equal(single[c], batch[i][c], 1e-5f);
            }
        }
    }

    [Fact]
    public void Classify_ConcurrentCallers_GetTheSameScores()
    {
        var image = Noise(128, 96, 6);
        var expected = fixture.Classifier.Classify(image.Rgb24.Span, image.Width, image.Height);

        var results = new NsfwScores[6];
        Parallel.For(0, results.Length, i => results[i] = fixture.Classifier.Classify(image.Rgb24.Span, image.Width, image.Height));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Classify_EmptyBatch_ReturnsNoScores()
    {
        Assert.Empty(fixture.Classifier.Classify(Array.Empty<NsfwImage>()));
    }

    [Fact]
    public void Classify_BufferOfWrongLength_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => fixture.Classifier.Classify(new byte[10], 2, 2));
    }

    [Fact]
    public void Classify_AfterDispose_ThrowsObjectDisposedException()
    {
        var classifier = new NsfwClassifier(fixture.Model);
        classifier.Dispose();

        Assert.Throws<ObjectDisposedException>(() => classifier.Classify(new byte[3], 1, 1));
    }
}
