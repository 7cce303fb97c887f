using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Policies;

/// <summary>Which verdicts must be reported: minors.sexual blocks and SexualMinors at severity 7, nothing else.</summary>
public sealed class ReportRuleTests
{
    [Theory]
    [InlineData("little girl, nude", "mature", true)]
    [InlineData("portrait of a woman, nude", "strict", false)] // a block, but not of minors
    [InlineData("a child at the eye doctor, close-up photo", "mature", false)]
    [InlineData("a lighthouse at sunset", "mature", false)]
    public void Requires_RealPromptVerdicts(string prompt, string policy, bool reportable)
    {
        var v = TestScreeners.Default.Screen(prompt, null, policy);

        Assert.Equal(reportable, ReportRule.Requires(v.Decision, v.Categories, v.Reasons));
    }

    [Fact]
    public void Requires_BankMatchOfSexualMinors_ButNotAmbiguousAgeOrANonBlock()
    {
        CategorySeverity[] bank = [new(HarmCategory.SexualMinors, 7)];
        CategorySeverity[] ambiguous = [new(HarmCategory.SexualMinors, 6)];
        VerdictReason[] match = [new("hash.match", "bank")];
        VerdictReason[] minors = [new("minors.sexual", "rule")];

        Assert.True(ReportRule.Requires(Decision.Block, bank, match));
        Assert.False(ReportRule.Requires(Decision.Block, ambiguous, [new("minors.ambiguous-sexual", "rule")]));
        Assert.False(ReportRule.Requires(Decision.Review, bank, minors));
        Assert.True(ReportRule.Requires(Decision.Block, [], minors));
    }
}
