using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
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
}
