using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;
namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>The decision the rules give an unlisted but person-shaped name beside nudity, asserted in one place.</summary>
internal static class LikelyPersonAssert
{
    /// <summary>Held for review as a likely real person under <c>mature</c>, blocked under <c>strict</c>.</summary>
    public static void ReviewedUnderMatureBlockedUnderStrict(string prompt)
    {
        var mature = TestScreeners.Default.Screen(prompt, null, "mature");
        Assert.Equal(Decision.Review, mature.Decision);
        Assert.Contains(mature.Reasons, r => r.Code == ReasonCodes.RealPersonLikelySexual);
        Assert.Equal(Decision.Block, TestScreeners.Default.Screen(prompt, null, "strict").Decision);
    }
}
