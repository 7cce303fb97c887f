using GenScreen.Evaluation;
using GenScreen.Core.Verdicts;

namespace GenScreen.Cli.Tests.Evaluation;

public sealed class DecisionMatrixTests
{
    [Fact]
    public void Add_SomePairs_CountsRowTotalsAndDiagonal()
    {
        var m = new DecisionMatrix();
        m.Add(Decision.Allow, Decision.Allow);
        m.Add(Decision.Allow, Decision.Block);
        m.Add(Decision.Block, Decision.Block);
        m.Add(Decision.Block, Decision.Review);
        m.Add(Decision.Block, Decision.Block);

        Assert.Equal(1, m.Count(Decision.Allow, Decision.Block));
        Assert.Equal(2, m.Count(Decision.Block, Decision.Block));
        Assert.Equal(2, m.RowTotal(Decision.Allow));
        Assert.Equal(3, m.RowTotal(Decision.Block));
        Assert.Equal(0, m.RowTotal(Decision.Review));
        Assert.Equal(5, m.Total);
        Assert.Equal(3, m.Diagonal);
    }

    [Fact]
    public void Add_UndefinedDecision_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DecisionMatrix().Add((Decision)7, Decision.Allow));
    }
}
