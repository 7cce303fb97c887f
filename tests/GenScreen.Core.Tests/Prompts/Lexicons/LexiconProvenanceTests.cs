using System.Text.Json;
using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// Issue 16: the community slang lists (English, Japanese, Chinese, Korean) record their sources in the data file, and so
/// does every other built-in lexicon file written since the first ten languages and the seed names list (which predate the
/// rule and keep their provenance in docs/lexicons.md and names/NOTICE.md).
/// </summary>
public sealed class LexiconProvenanceTests
{
    private static readonly HashSet<string> WrittenBeforeTheRule =
        new(["en", "de", "es", "fr", "it", "pt", "ru", "ja", "zh", "ko", "names/public-figures"], StringComparer.Ordinal);

    [Fact]
    public void BuiltInLexicons_EveryFileSinceTheFirstTen_RecordsItsSources()
    {
        var files = BuiltInLexicons.Load().Select(s => (Name: Name(s), s.Json)).ToList();
        var checkedFiles = 0;
        var missing = new List<string>();
        foreach (var (name, json) in files.Where(f => !WrittenBeforeTheRule.Contains(f.Name)))
        {
            checkedFiles++;
            if (!HasSources(json))
            {
                missing.Add(name);
            }
        }

        Assert.True(checkedFiles >= 150, $"only {checkedFiles} files checked of {files.Count}");
        Assert.True(missing.Count == 0, "no sources recorded in: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("minors/en")]
    [InlineData("minors/ja")]
    [InlineData("minors/zh")]
    [InlineData("minors/ko")]
    [InlineData("minors/slang-cjk")]
    public void SlangFile_NamesWhereItsSlangComesFrom(string name)
    {
        var source = Assert.Single(BuiltInLexicons.Load(), s => Name(s) == name);
        using var doc = JsonDocument.Parse(source.Json);

        Assert.True(HasSources(source.Json), $"{name}: no sources");
        Assert.Contains("slang", doc.RootElement.GetProperty("sources").GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.True(doc.RootElement.GetProperty("prompt").GetArrayLength() > 0, $"{name}: no terms");
    }

    private static string Name(LexiconSource source) => source.Name["builtin:".Length..].Replace('\\', '/');

    private static bool HasSources(byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("sources", out var sources))
        {
            return false;
        }

        return sources.ValueKind switch
        {
            JsonValueKind.Array => sources.GetArrayLength() > 0,
            JsonValueKind.String => !string.IsNullOrWhiteSpace(sources.GetString()),
            JsonValueKind.Object => sources.EnumerateObject().Any(),
            _ => false,
        };
    }
}
