using GenScreen.Images.People;

namespace GenScreen.Images.Tests.People;

public sealed class FaceEmbeddingIndexTests
{
    /// <summary>Descriptors shaped like face-api's (components of about ±0.1, norms about 1), from a fixed seed.</summary>
    private static float[] RandomDescriptor(Random random)
    {
        var v = new float[FaceEmbeddingIndex.Dimensions];
        for (var d = 0; d < v.Length; d++)
        {
            // Sum of uniforms: roughly normal, sd ≈ 0.09.
            v[d] = (float)((random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 0.18);
        }

        return v;
    }

    private static float[] Near(float[] v, Random random, double spread)
    {
        var w = (float[])v.Clone();
        for (var d = 0; d < w.Length; d++)
        {
            w[d] += (float)((random.NextDouble() - 0.5) * spread);
        }

        return w;
    }

    [Theory]
    [InlineData(0.4f)]
    [InlineData(0.6f)]
    [InlineData(0.9f)]
    public void FindNearest_ManyQueries_SameAnswerAsTheFullFloatScan(float threshold)
    {
        var random = new Random(13);
        var entries = Enumerable.Range(0, 5000).Select(i => (i / 3, RandomDescriptor(random))).ToList();
        var index = FaceEmbeddingIndex.Build(entries);
        var matched = 0;
        for (var q = 0; q < 400; q++)
        {
            // Half the queries are near an enrolled descriptor (at various distances), half are strangers.
            var query = q % 2 == 0 ? Near(entries[random.Next(entries.Count)].Item2, random, 0.02 + (q % 7 * 0.02)) : RandomDescriptor(random);
            var expected = index.FindNearestByFullScan(query, threshold);
            var actual = index.FindNearest(query, threshold);
            Assert.Equal(expected?.Owner, actual?.Owner);
            if (expected is { } e)
            {
                matched++;
                Assert.Equal(e.Distance, actual!.Value.Distance, 1e-5f);
            }
        }

        // The comparison means something only if both outcomes occur.
        Assert.InRange(matched, 20, 380);
    }

    [Fact]
    public void FindNearest_TwoDescriptorsOfOneOwner_ReturnsTheCloserOnesDistance()
    {
        var random = new Random(5);
        var a = RandomDescriptor(random);
        var b = Near(a, random, 0.05);
        var stranger = RandomDescriptor(random);
        var index = FaceEmbeddingIndex.Build([(7, a), (7, b), (9, stranger)]);

        var hit = index.FindNearest(b, 0.6f);

        Assert.Equal(7, hit?.Owner);
        Assert.Equal(0f, hit!.Value.Distance, 1e-6f);
    }

    [Fact]
    public void FindNearest_Strangers_FewRowsNeedTheFloatRecheck()
    {
        // Shaped like real descriptors: a shared mean, different people about 0.72 apart (face-api demo median).
        var random = new Random(3);
        var mean = RandomDescriptor(random);
        float[] Person() => [.. mean.Select(m => m + (float)((random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 0.09))];
        var index = FaceEmbeddingIndex.Build([.. Enumerable.Range(0, 5000).Select(i => (i, Person()))]);

        var checks = 0;
        for (var q = 0; q < 20; q++)
        {
            Assert.Null(index.FindNearest(Person(), 0.45f, out var exact));
            checks += exact;
        }

        // The int8 bound must rule out almost every row; without it all 100,000 would be re-checked.
        Assert.InRange(checks, 0, 1000);
    }

    [Fact]
    public void Quantize_LargestComponentNegative_ResidualSmall()
    {
        var x = new float[FaceEmbeddingIndex.Dimensions];
        for (var d = 0; d < x.Length; d++)
        {
            x[d] = (d % 5) * 0.01f;
        }

        x[7] = -0.3f;
        var code = new sbyte[x.Length];

        var (scale, residual, _) = FaceEmbeddingIndex.Quantize(x, code);

        Assert.Equal(0.3f / 127, scale, 1e-7f);
        Assert.Equal(-127, code[7]);
        Assert.InRange(residual, 0, 0.01f);
    }

    [Fact]
    public void FindNearest_EmptyIndex_ReturnsNull() =>
        Assert.Null(FaceEmbeddingIndex.Empty.FindNearest(new float[FaceEmbeddingIndex.Dimensions], 0.6f));

    [Fact]
    public void FindNearest_WrongLength_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => FaceEmbeddingIndex.Empty.FindNearest(new float[64], 0.6f));

    [Fact]
    public void Build_NonFiniteDescriptor_ThrowsArgumentException()
    {
        var bad = new float[FaceEmbeddingIndex.Dimensions];
        bad[3] = float.NaN;
        Assert.Throws<ArgumentException>(() => FaceEmbeddingIndex.Build([(0, bad)]));
    }
}
