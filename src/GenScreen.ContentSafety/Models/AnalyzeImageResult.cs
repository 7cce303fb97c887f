using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>Response of POST /image:analyze.</summary>
public class AnalyzeImageResult
{
    internal AnalyzeImageResult(IReadOnlyList<ImageCategoriesAnalysis> categoriesAnalysis)
    {
        CategoriesAnalysis = categoriesAnalysis;
    }

    /// <summary>Per-category severities. Required on the wire: a response without it is rejected.</summary>
    public IReadOnlyList<ImageCategoriesAnalysis> CategoriesAnalysis { get; }

    internal static AnalyzeImageResult FromJson(JsonElement element)
    {
        const string Model = nameof(AnalyzeImageResult);
        JsonRead.RequiredObject(element, Model);
        return new AnalyzeImageResult(
            JsonRead.RequiredArray(element, "categoriesAnalysis", Model, ImageCategoriesAnalysis.FromJson));
    }
}
