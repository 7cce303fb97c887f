using GenScreen.Evaluation;
using GenScreen.Core.Verdicts;

namespace GenScreen.Cli.Tests.Evaluation;

public sealed class EvaluationGateTests
{
    [Fact]
    public void Check_SmallLabelRegressedInsideAGoodOverallRecall_FailsForThatLabel()
    {
        var e = new PolicyEvaluation("strict");
        for (var i = 0; i < 99; i++)
        {
            e.Record(PolicyEvaluationTests.Item($"a{i}", "adult-explicit"), Decision.Block, PolicyEvaluationTests.Verdict(Decision.Block));
        }

        e.Record(PolicyEvaluationTests.Item("m1", "minors-sexual"), Decision.Block, PolicyEvaluationTests.Verdict(Decision.Allow));

        var failures = new EvaluationGate(0.98, null).Check(e);

        var failure = Assert.Single(failures);
        Assert.Contains("'minors-sexual'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SmallLanguageRegressedInsideAGoodOverallRecall_FailsForThatLanguage()
    {
        var e = new PolicyEvaluation("mature");
        for (var i = 0; i < 99; i++)
        {
            e.Record(PolicyEvaluationTests.Item($"m{i}", "minors-sexual"), Decision.Block, PolicyEvaluationTests.Verdict(Decision.Block));
        }

        e.Record(PolicyEvaluationTests.Item("sv1", "minors-sexual") with { Language = "sv" }, Decision.Block, PolicyEvaluationTests.Verdict(Decision.Allow));

        var failures = new EvaluationGate(0.98, null).Check(e);

        var failure = Assert.Single(failures);
        Assert.Contains("language 'sv'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FalsePositiveRateAboveMax_Fails()
    {
        var e = new PolicyEvaluation("strict");
        e.Record(PolicyEvaluationTests.Item("t1", "trap"), Decision.Allow, PolicyEvaluationTests.Verdict(Decision.Block));
        e.Record(PolicyEvaluationTests.Item("t2", "trap"), Decision.Allow, PolicyEvaluationTests.Verdict(Decision.Allow));

        Assert.Single(new EvaluationGate(null, 0.4).Check(e));
        Assert.Empty(new EvaluationGate(null, 0.5).Check(e));
    }

    [Fact]
    public void Check_NoThresholds_AlwaysPasses()
    {
        var e = new PolicyEvaluation("strict");
        e.Record(PolicyEvaluationTests.Item("m1", "minors-sexual"), Decision.Block, PolicyEvaluationTests.Verdict(Decision.Allow));

        var gate = new EvaluationGate(null, null);

        Assert.True(gate.IsEmpty);
        Assert.Empty(gate.Check(e));
    }
}
