using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>Response of POST /text:analyze.</summary>
public class AnalyzeTextResult
{
    internal AnalyzeTextResult(IReadOnlyList<TextBlocklistMatch> blocklistsMatch, IReadOnlyList<TextCategoriesAnalysis> categoriesAnalysis)
    {
        BlocklistsMatch = blocklistsMatch;
        CategoriesAnalysis = categoriesAnalysis;
    }

    /// <summary>Blocklist hits; empty when none (the property is optional on the wire).</summary>
    public IReadOnlyList<TextBlocklistMatch> BlocklistsMatch { get; }

    /// <summary>Per-category severities. Required on the wire: a response without it is rejected.</summary>
    public IReadOnlyList<TextCategoriesAnalysis> CategoriesAnalysis { get; }

    internal static AnalyzeTextResult FromJson(JsonElement element)
    {
        const string Model = nameof(AnalyzeTextResult);
        JsonRead.RequiredObject(element, Model);
        return new AnalyzeTextResult(
            JsonRead.OptionalArray(element, "blocklistsMatch", Model, TextBlocklistMatch.FromJson),
            JsonRead.RequiredArray(element, "categoriesAnalysis", Model, TextCategoriesAnalysis.FromJson));
    }
}
