using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// Two lexicon sets built two ways (in order and in parallel, from the JSON and from the snapshot) must decide every
/// labelled prompt identically under each policy, to the reason and span: compared as the verdict JSON the API writes.
/// </summary>
internal static class SameVerdicts
{
    /// <summary>Asserts identical verdict JSON for every labelled prompt under each policy; returns how many were compared.</summary>
    public static int AssertForEveryLabelledPrompt(LexiconSet expected, string expectedName, LexiconSet actual, string actualName)
    {
        var policies = PolicyCatalog.LoadBuiltIn();
        var a = new PromptScreener(actual, policies, "mature");
        var b = new PromptScreener(expected, policies, "mature");
        var prompts = LabelledPrompt.LoadAll();
        Assert.True(prompts.Count > 2000, $"only {prompts.Count} labelled prompts were found");
        var compared = 0;
        foreach (var p in prompts)
        {
            Assert.True(WireNames.TryParseMode(p.Mode ?? "txt2img", out var mode), $"{p.Id}: unknown mode '{p.Mode}'");
            foreach (var policy in new[] { "mature", "strict" })
            {
                var want = Describe(b.Screen(p.Prompt, p.NegativePrompt, policy, mode));
                var got = Describe(a.Screen(p.Prompt, p.NegativePrompt, policy, mode));
                Assert.True(want == got, $"{p.Id} under {policy}:\n {expectedName}: {want}\n {actualName}: {got}");
                compared++;
            }
        }

        return compared;
    }

    private static string Describe(PromptVerdict verdict) =>
        VerdictJson.ToJsonString(writer =>
        {
            writer.WriteStartObject();
            VerdictJson.WriteDecisionFields(writer, verdict.Decision, verdict.Policy, verdict.PolicyVersion, verdict.Categories, verdict.Reasons);
            VerdictJson.WritePromptFields(writer, verdict);
            writer.WriteEndObject();
        });
}
