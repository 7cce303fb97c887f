using GenScreen.Evaluation;
using GenScreen.Core.Verdicts;

namespace GenScreen.Cli.Tests.Evaluation;

public sealed class ReasonDiffTests
{
    private static readonly VerdictReason Nude4 = new("term.sexual", "Sexual term (level 4).", "nude", new TextSpan(2, 4), "prompt");
    private static readonly VerdictReason Nude6 = new("term.sexual", "Sexual term (level 6).", "nude", new TextSpan(2, 4), "prompt");
    private static readonly VerdictReason PolicySexual = new("policy.sexual", "Sexual severity 6: blocked.");
    private static readonly VerdictReason Woman = new("term.adult", "Adult marker.", "woman", new TextSpan(7, 5), "prompt");

    [Fact]
    public void Between_TermAddedAndRuleAdded_TermChangeFirst()
    {
        var changes = ReasonDiff.Between([Woman], [PolicySexual, Nude6, Woman]);

        Assert.Equal(2, changes.Count);
        Assert.Equal(("term.sexual", true), (changes[0].Code, changes[0].Added));
        Assert.Equal(("policy.sexual", true), (changes[1].Code, changes[1].Added));
    }

    [Fact]
    public void Between_TermLevelChanged_RemovedAndAdded()
    {
        var changes = ReasonDiff.Between([Nude4], [Nude6]);

        Assert.Equal([false, true], changes.Select(c => c.Added).Order());
        Assert.All(changes, c => Assert.Equal("nude", c.Term));
    }

    [Fact]
    public void Between_SameReasonsAtAnotherSpan_NoChange()
    {
        var moved = Nude4 with { Span = new TextSpan(10, 4) };

        Assert.Empty(ReasonDiff.Between([Nude4, Woman], [Woman, moved]));
    }

    [Fact]
    public void Of_TwoVerdicts_FlipCarriesPolicyDecisionsAndCauses()
    {
        var before = new PromptVerdict(Decision.Allow, "strict", "v1", [], [Woman]);
        var after = new PromptVerdict(Decision.Block, "strict", "v2", [], [PolicySexual, Nude6, Woman]);

        var flip = DecisionFlip.Of("id-1", "trap", Decision.Allow, before, after);

        Assert.Equal(("strict", Decision.Allow, Decision.Block), (flip.Policy, flip.Before, flip.After));
        Assert.Equal("nude", flip.Causes[0].Term);
    }
}
