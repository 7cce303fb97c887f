using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;

namespace GenScreen.Core.Tests;

/// <summary>The screener as shipped (built-in lexicons and policies), built once per test run.</summary>
internal static class TestScreeners
{
    private static readonly Lazy<PromptScreener> Shipped = new(() => ScreeningSetup.CreateScreener(new ScreeningOptions()));

    public static PromptScreener Default => Shipped.Value;
}
