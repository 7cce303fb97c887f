using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>
/// Request of POST /text:analyze. Wire names: text, categories, blocklistNames, haltOnBlocklistHit,
/// outputType. Optional members are omitted from the JSON when not set, so the service applies its
/// documented defaults (all four categories, four severity levels).
/// </summary>
public class AnalyzeTextOptions
{
    /// <summary>Creates a request for <paramref name="text"/> (at most 10,000 Unicode code points).</summary>
    public AnalyzeTextOptions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The text to analyze.</summary>
    public string Text { get; }

    /// <summary>Categories to analyze; empty means all.</summary>
    public IList<TextCategory> Categories { get; } = new List<TextCategory>();

    /// <summary>Names of text blocklists to match against.</summary>
    public IList<string> BlocklistNames { get; } = new List<string>();

    /// <summary>When true, the classifiers are skipped if a blocklist matches.</summary>
    public bool? HaltOnBlocklistHit { get; set; }

    /// <summary>Severity scale; the service defaults to four levels.</summary>
    public AnalyzeTextOutputType? OutputType { get; set; }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("text", Text);
        if (Categories.Count > 0)
        {
            writer.WriteStartArray("categories");
            foreach (TextCategory category in Categories)
            {
                writer.WriteStringValue(category.ToString());
            }

            writer.WriteEndArray();
        }

        if (BlocklistNames.Count > 0)
        {
            writer.WriteStartArray("blocklistNames");
            foreach (string name in BlocklistNames)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }

        if (HaltOnBlocklistHit is bool halt)
        {
            writer.WriteBoolean("haltOnBlocklistHit", halt);
        }

        if (OutputType is AnalyzeTextOutputType outputType)
        {
            writer.WriteString("outputType", outputType.ToString());
        }

        writer.WriteEndObject();
    }
}
