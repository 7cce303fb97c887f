using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// The labelled prompt set (Data/labelled-prompts*.jsonl): benign Stable Diffusion prompts, false-positive
/// traps, adult content, minors, real people, evasions, negative prompts and nine other languages, each
/// with the decision expected under each policy.
/// </summary>
public sealed class LabelledPromptTests
{
    // Keyed by id; a repeated id (several files are written in parallel) keeps its first item here and fails
    // LabelledSet_Ids_UniqueAcrossFiles, instead of breaking every case at discovery.
    private static readonly Lazy<Dictionary<string, LabelledPrompt>> ById =
        new(() => LabelledPrompt.LoadAll().GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First()));

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var p in ById.Value.Values)
        {
            foreach (var policy in p.Expect.Keys)
            {
                data.Add(p.Id, policy);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Screen_LabelledPrompt_MatchesExpectedDecision(string id, string policy)
    {
        var p = ById.Value[id];

        Assert.True(WireNames.TryParseMode(p.Mode ?? "txt2img", out var mode), $"{id}: unknown mode '{p.Mode}'");
        var verdict = TestScreeners.Default.Screen(p.Prompt, p.NegativePrompt, policy, mode);

        var actual = WireNames.Of(verdict.Decision);
        Assert.True(
            p.Expect[policy] == actual,
            $"{id} [{policy}, {p.Mode ?? "txt2img"}] expected {p.Expect[policy]} but got {actual}: \"{p.Prompt}\" (neg: \"{p.NegativePrompt}\") " +
            $"reasons: {string.Join("; ", verdict.Reasons.Select(r => $"{r.Code}:{r.Term}"))}");
    }

    [Fact]
    public void LabelledSet_Size_AtLeast300PromptsCoveringEveryLabel()
    {
        var all = ById.Value.Values.ToList();

        Assert.True(all.Count >= 300, $"only {all.Count} labelled prompts");
        foreach (var label in new[] { "benign", "trap", "adult-nudity", "minors-sexual", "realperson-sexual", "evasion", "negative", "multilingual" })
        {
            Assert.Contains(all, p => p.Label == label);
        }

        Assert.All(all, p => Assert.Equal(["mature", "strict"], p.Expect.Keys.Order()));
    }

    /// <summary>
    /// Issue 16, "Proof": the set holds at least 1,500 prompts, with the new groups on both sides (must block and must
    /// allow): paraphrased minors, described and transliterated real people, fictional adults, nudify with an input
    /// image and the edits that undress nobody, emoji, and a group for each of the sixteen languages issue 16 added.
    /// </summary>
    [Fact]
    public void LabelledSet_Issue16_AtLeast1500PromptsWithItsNewGroups()
    {
        var all = ById.Value.Values.ToList();
        bool Blocks(LabelledPrompt p) => p.Expect["mature"] == "block";
        bool Allows(LabelledPrompt p) => p.Expect["mature"] == "allow";

        Assert.True(all.Count >= 1_500, $"only {all.Count} labelled prompts");
        foreach (var label in new[] { "minors-paraphrased", "realperson-described", "realperson-script" })
        {
            Assert.True(all.Count(p => p.Label == label && Blocks(p)) >= 10, $"{label}: fewer than 10 must-block prompts");
        }

        Assert.True(all.Count(p => p.Label == "fictional-adult" && Allows(p)) >= 10, "fictional-adult: fewer than 10 must-allow prompts");
        var nudify = all.Where(p => p.Label == "nudify").ToList();
        Assert.Contains(nudify, p => Blocks(p) && p.Mode is "img2img" or "inpaint");
        Assert.Contains(nudify, p => Allows(p) && p.Mode is "img2img" or "inpaint");
        Assert.Contains(all, p => p.Label == "emoji" && Blocks(p));
        Assert.Contains(all, p => p.Label == "emoji" && Allows(p));
        foreach (var language in new[] { "pl", "nl", "sv", "cs", "uk", "tr", "el", "he", "ar", "fa", "hi", "bn", "th", "vi", "id", "tl" })
        {
            Assert.Contains(all, p => p.Label == "lang-" + language && Blocks(p));
            Assert.Contains(all, p => p.Label == "lang-" + language && Allows(p) && p.Expect["strict"] == "allow"); // benign or trap
        }
    }

    [Fact]
    public void LabelledSet_Ids_UniqueAcrossFiles()
    {
        var repeated = LabelledPrompt.LoadAll().GroupBy(p => p.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(repeated.Count == 0, $"ids used more than once: {string.Join(", ", repeated)}");
    }

    [Fact]
    public void LabelledSet_Multilingual_CoversTenLanguages()
    {
        var languages = ById.Value.Values.Select(p => p.Lang ?? "en").Distinct().ToList();

        Assert.True(languages.Count >= 10, $"languages: {string.Join(",", languages)}");
    }
}
