using GenScreen.Evaluation;
using GenScreen.Core.Verdicts;

namespace GenScreen.Cli.Tests.Evaluation;

public sealed class PolicyEvaluationTests
{
    [Fact]
    public void Record_MixedOutcomes_RecallPerLabelFalsePositivesAndMisses()
    {
        var e = new PolicyEvaluation("strict");
        e.Record(Item("m1", "minors-sexual"), Decision.Block, Verdict(Decision.Block));
        e.Record(Item("m2", "minors-sexual"), Decision.Block, Verdict(Decision.Review));
        e.Record(Item("r1", "realperson-sexual"), Decision.Block, Verdict(Decision.Block));
        e.Record(Item("b1", "benign"), Decision.Allow, Verdict(Decision.Allow));
        e.Record(Item("t1", "trap"), Decision.Allow, Verdict(Decision.Review));
        e.Record(Item("t2", "trap"), Decision.Allow, Verdict(Decision.Allow));
        e.Record(Item("t3", "trap"), Decision.Allow, Verdict(Decision.Allow));

        Assert.Equal(
            [new LabelRecall("minors-sexual", 2, 1), new LabelRecall("realperson-sexual", 1, 1)],
            e.BlockRecallByLabel);
        Assert.Equal(new LabelRecall("all", 3, 2), e.BlockRecall);
        Assert.Equal(0.5, e.BlockRecallByLabel[0].Recall);
        Assert.Equal(4, e.MustAllow);
        Assert.Equal(1, e.MustAllowFlagged);
        Assert.Equal(0.25, e.FalsePositiveRate);
        Assert.Equal(["m2", "t1"], e.Misses.Select(m => m.Id));
        Assert.Equal(Decision.Review, e.Misses[0].Actual);
    }

    [Fact]
    public void Record_ItemsOfSeveralLanguagesAndFiles_FiguresPerLabelLanguageAndFile()
    {
        var e = new PolicyEvaluation("mature");
        e.Record(Item("m1", "minors-sexual") with { Language = "de", Source = "b.jsonl" }, Decision.Block, Verdict(Decision.Review));
        e.Record(Item("m2", "minors-sexual") with { Source = "a.jsonl" }, Decision.Block, Verdict(Decision.Block));
        e.Record(Item("b1", "benign") with { Language = "de", Source = "b.jsonl" }, Decision.Allow, Verdict(Decision.Block));
        e.Record(Item("r1", "adult-suggestive") with { Language = "de", Source = "b.jsonl" }, Decision.Review, Verdict(Decision.Review));

        Assert.Equal(
            [new GroupResult("adult-suggestive", 1, 1, 0, 0, 0, 0), new GroupResult("benign", 1, 0, 0, 0, 1, 1), new GroupResult("minors-sexual", 2, 1, 2, 1, 0, 0)],
            e.ByLabel);
        Assert.Equal([new GroupResult("de", 3, 1, 1, 0, 1, 1), new GroupResult("en", 1, 1, 1, 1, 0, 0)], e.ByLanguage);
        Assert.Equal(["a.jsonl", "b.jsonl"], e.BySource.Select(g => g.Name));
        Assert.Equal(0, e.ByLanguage[0].Recall);
        Assert.Equal(1, e.ByLanguage[0].FalsePositiveRate);
        Assert.Equal(1.0 / 3, e.ByLanguage[0].ExpectedRate);
    }

    [Fact]
    public void Rates_NothingRecorded_NoDivisionByZero()
    {
        var e = new PolicyEvaluation("mature");

        Assert.Equal(1, e.BlockRecall.Recall);
        Assert.Equal(0, e.FalsePositiveRate);
        Assert.Empty(e.BlockRecallByLabel);
    }

    internal static LabelledPrompt Item(string id, string label) =>
        new(id, label, "prompt", null, [new PolicyExpectation("strict", Decision.Allow)]);

    internal static PromptVerdict Verdict(Decision decision, params VerdictReason[] reasons) =>
        new(decision, "strict", "v1", [], reasons);
}
