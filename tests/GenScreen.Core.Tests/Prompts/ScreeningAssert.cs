using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>Shared helpers for asserting on verdicts of the shipped screener.</summary>
internal static class ScreeningAssert
{
    public static readonly string[] Policies = ["mature", "strict"];

    /// <summary>The Sexual severity of the whole screening (lexicon, grammar and statements), under <c>mature</c>.</summary>
    public static int SexualLevel(string prompt) => Screen(prompt, null, "mature").SeverityOf(HarmCategory.Sexual);

    /// <summary>Blocked under every policy (sexual content with a minor or about a real person).</summary>
    public static void BlocksEverywhere(string prompt)
    {
        foreach (var policy in Policies)
        {
            Decides(Decision.Block, prompt, null, policy);
        }
    }

    /// <summary>Allowed under every policy (a look-alike that is no sexual content at all).</summary>
    public static void AllowsEverywhere(string prompt)
    {
        foreach (var policy in Policies)
        {
            Decides(Decision.Allow, prompt, null, policy);
        }
    }

    public static PromptVerdict Screen(string prompt, string? negativePrompt = null, string policy = "mature") =>
        TestScreeners.Default.Screen(prompt, negativePrompt, policy);

    /// <summary>Screens under one policy and asserts the decision, printing the reasons on failure.</summary>
    public static PromptVerdict Decides(Decision expected, string prompt, string? negativePrompt, string policy)
    {
        var verdict = Screen(prompt, negativePrompt, policy);
        Assert.True(
            verdict.Decision == expected,
            $"[{policy}] expected {expected} but got {verdict.Decision} for \"{prompt}\" (neg: \"{negativePrompt}\"); reasons: {Describe(verdict)}");
        return verdict;
    }

    /// <summary>The only reason with <paramref name="code"/>.</summary>
    public static VerdictReason Reason(PromptVerdict verdict, string code)
    {
        var matching = verdict.Reasons.Where(r => r.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected exactly one '{code}' reason; reasons: {Describe(verdict)}");
        return matching[0];
    }

    public static bool HasReason(PromptVerdict verdict, string code) => verdict.Reasons.Any(r => r.Code == code);

    /// <summary>The text a reason's span points at in <paramref name="source"/>.</summary>
    public static string SpanText(VerdictReason reason, string source)
    {
        Assert.NotNull(reason.Span);
        var span = reason.Span.Value;
        Assert.InRange(span.Start, 0, source.Length);
        Assert.InRange(span.Length, 1, source.Length - span.Start);
        return source.Substring(span.Start, span.Length);
    }

    public static string Describe(PromptVerdict verdict) =>
        string.Join("; ", verdict.Reasons.Select(r => $"{r.Code}:{r.Term}@{r.Span?.Start},{r.Span?.Length}/{r.Field}"));
}
