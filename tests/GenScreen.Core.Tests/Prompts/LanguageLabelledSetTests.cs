namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// The per-language groups of Data/labelled-prompts.languages.jsonl (decided by LabelledPromptTests): every
/// supported language keeps its basic cases, so a language cannot silently lose its coverage.
/// </summary>
public sealed class LanguageLabelledSetTests
{
    private static readonly string[] Languages =
    [
        "en", "es", "de", "fr", "pt", "it", "ru", "ja", "zh", "ko",
        "pl", "nl", "sv", "cs", "uk", "tr", "el", "he", "ar", "fa", "hi", "bn", "th", "vi", "id", "tl",
    ];

    [Fact]
    public void LanguagesSet_EveryLanguage_HasEightPromptsCoveringEachKind()
    {
        var byLanguage = LabelledPrompt.LoadAll()
            .Where(p => p.Label.StartsWith("lang-", StringComparison.Ordinal))
            .GroupBy(p => p.Label["lang-".Length..])
            .ToDictionary(g => g.Key, g => g.ToList());

        Assert.True(Languages.Length >= 25);
        foreach (var language in Languages)
        {
            Assert.True(byLanguage.TryGetValue(language, out var prompts), $"no group lang-{language}");
            Assert.True(prompts.Count >= 8, $"lang-{language} has {prompts.Count} prompts");
            Assert.Contains(prompts, p => p.Expect["mature"] == "block" && p.Expect["strict"] == "block"); // minors + sexual
            Assert.Contains(prompts, p => p.Expect["mature"] == "allow" && p.Expect["strict"] == "block"); // adult nudity
            Assert.Contains(prompts, p => p.Expect["mature"] == "allow" && p.Expect["strict"] == "review"); // adult suggestive
            Assert.True(prompts.Count(p => p.Expect["mature"] == "allow" && p.Expect["strict"] == "allow") >= 2, $"lang-{language}: benign and trap");
        }
    }

    [Fact]
    public void LanguagesSet_EmojiGroup_HasBlocksAndInnocentUses()
    {
        var emoji = LabelledPrompt.LoadAll().Where(p => p.Label == "emoji").ToList();

        Assert.Contains(emoji, p => p.Expect["mature"] == "block");
        Assert.Contains(emoji, p => p.Expect["strict"] == "allow");
    }
}
