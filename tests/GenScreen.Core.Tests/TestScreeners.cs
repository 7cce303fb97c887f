using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests;

/// <summary>The screener as shipped (built-in lexicons and policies), built once per test run.</summary>
internal static class TestScreeners
{
    private static readonly Lazy<PromptScreener> Shipped = new(() => ScreeningSetup.CreateScreener(new ScreeningOptions()));

    public static PromptScreener Default => Shipped.Value;

    /// <summary>
    /// The prompt alone (no negative prompt) through the shipped screener under a policy: the set-up the rule and people
    /// tests share (<c>using static GenScreen.Core.Tests.TestScreeners;</c>), written once instead of in each class.
    /// </summary>
    public static PromptVerdict Screen(string prompt, string policy = "mature") => Default.Screen(prompt, null, policy);

    /// <summary>
    /// An img2img request that must be blocked as a nudify request under both policies, with the real-person nudify reason
    /// (the undressing rule tests of sessions 39 and 40, Nudify47Tests and Nudify48Tests, written once).
    /// </summary>
    public static void BlocksAsNudify(string prompt)
    {
        foreach (var policy in new[] { "mature", "strict" })
        {
            var verdict = Default.Screen(prompt, null, policy, GenerationMode.Img2Img);
            Assert.Equal(Decision.Block, verdict.Decision);
            Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.RealPersonNudify);
        }
    }

    /// <summary>An img2img request that both policies must allow (the nudify tests' look-alikes).</summary>
    public static void AllowsImg2Img(string prompt)
    {
        foreach (var policy in new[] { "mature", "strict" })
        {
            Assert.Equal(Decision.Allow, Default.Screen(prompt, null, policy, GenerationMode.Img2Img).Decision);
        }
    }
}
