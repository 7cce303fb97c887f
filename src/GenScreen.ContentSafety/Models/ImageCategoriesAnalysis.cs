using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>Image analysis result for one category (wire: { category, severity? }).</summary>
public class ImageCategoriesAnalysis
{
    internal ImageCategoriesAnalysis(ImageCategory category, int? severity)
    {
        Category = category;
        Severity = severity;
    }

    /// <summary>The category.</summary>
    public ImageCategory Category { get; }

    /// <summary>
    /// Severity, or null when the service omitted it. Kept nullable like the SDK: deciding what an
    /// absent severity means is the caller's policy, not the transport's.
    /// </summary>
    public int? Severity { get; }

    internal static ImageCategoriesAnalysis FromJson(JsonElement element)
    {
        const string Model = nameof(ImageCategoriesAnalysis);
        JsonRead.RequiredObject(element, Model);
        return new ImageCategoriesAnalysis(
            new ImageCategory(JsonRead.RequiredString(element, "category", Model)),
            JsonRead.OptionalInt32(element, "severity", Model));
    }
}
