namespace GenScreen.ContentSafety;

/// <summary>
/// Builds result models for tests and mocks (their constructors are internal, as in the SDK, because
/// only the service produces them).
/// </summary>
public static class ContentSafetyModelFactory
{
    /// <summary>An <see cref="AnalyzeTextResult"/>.</summary>
    public static AnalyzeTextResult AnalyzeTextResult(
        IEnumerable<TextBlocklistMatch>? blocklistsMatch = null,
        IEnumerable<TextCategoriesAnalysis>? categoriesAnalysis = null) =>
        new(blocklistsMatch?.ToList() ?? [], categoriesAnalysis?.ToList() ?? []);

    /// <summary>A <see cref="ContentSafety.TextCategoriesAnalysis"/>.</summary>
    public static TextCategoriesAnalysis TextCategoriesAnalysis(TextCategory category, int? severity = null) =>
        new(category, severity);

    /// <summary>A <see cref="ContentSafety.TextBlocklistMatch"/>.</summary>
    public static TextBlocklistMatch TextBlocklistMatch(string blocklistName, string blocklistItemId, string blocklistItemText) =>
        new(blocklistName, blocklistItemId, blocklistItemText);

    /// <summary>An <see cref="AnalyzeImageResult"/>.</summary>
    public static AnalyzeImageResult AnalyzeImageResult(IEnumerable<ImageCategoriesAnalysis>? categoriesAnalysis = null) =>
        new(categoriesAnalysis?.ToList() ?? []);

    /// <summary>An <see cref="ContentSafety.ImageCategoriesAnalysis"/>.</summary>
    public static ImageCategoriesAnalysis ImageCategoriesAnalysis(ImageCategory category, int? severity = null) =>
        new(category, severity);

    /// <summary>A stored <see cref="ContentSafety.TextBlocklistItem"/> with its id.</summary>
    public static TextBlocklistItem TextBlocklistItem(string blocklistItemId, string text, string? description = null) =>
        new(blocklistItemId, description, text);

    /// <summary>An <see cref="AddOrUpdateTextBlocklistItemsResult"/>.</summary>
    public static AddOrUpdateTextBlocklistItemsResult AddOrUpdateTextBlocklistItemsResult(IEnumerable<TextBlocklistItem>? blocklistItems = null) =>
        new(blocklistItems?.ToList() ?? []);
}
