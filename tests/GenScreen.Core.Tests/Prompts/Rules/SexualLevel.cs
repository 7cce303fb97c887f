using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>The sexual level <see cref="SexualStatements"/> alone gives a prompt (read on a fresh summary, no other rule).</summary>
internal static class SexualLevel
{
    public static int Of(string prompt)
    {
        var summary = new SignalSummary { Source = prompt };
        SexualStatements.Detect(prompt, summary);
        return summary.LevelOf(Signal.Sexual);
    }
}
