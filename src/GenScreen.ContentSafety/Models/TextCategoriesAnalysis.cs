using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>Text analysis result for one category (wire: { category, severity? }).</summary>
public class TextCategoriesAnalysis
{
    internal TextCategoriesAnalysis(TextCategory category, int? severity)
    {
        Category = category;
        Severity = severity;
    }

    /// <summary>The category.</summary>
    public TextCategory Category { get; }

    /// <summary>
    /// Severity, or null when the service omitted it. Kept nullable like the SDK: deciding what an
    /// absent severity means is the caller's policy, not the transport's.
    /// </summary>
    public int? Severity { get; }

    internal static TextCategoriesAnalysis FromJson(JsonElement element)
    {
        const string Model = nameof(TextCategoriesAnalysis);
        JsonRead.RequiredObject(element, Model);
        return new TextCategoriesAnalysis(
            new TextCategory(JsonRead.RequiredString(element, "category", Model)),
            JsonRead.OptionalInt32(element, "severity", Model));
    }
}
