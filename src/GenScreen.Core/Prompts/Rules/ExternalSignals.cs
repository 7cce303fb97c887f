using GenScreen.Core.Detectors;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>Feeds an external detector's category severities into the signal summary, so the same rules apply to them.</summary>
internal static class ExternalSignals
{
    public static void Add(DetectorResult result, SignalSummary into)
    {
        foreach (var c in result.Categories)
        {
            Signal? signal = c.Category switch
            {
                HarmCategory.Sexual => Signal.Sexual,
                HarmCategory.Violence => Signal.Violence,
                HarmCategory.Hate => Signal.Hate,
                HarmCategory.SelfHarm => Signal.SelfHarm,
                _ => null,
            };
            if (signal is { } s && c.Severity > 0)
            {
                into.Add(s, result.Detector, c.Severity, -1, -1, PromptField.Prompt);
            }
        }
    }
}
