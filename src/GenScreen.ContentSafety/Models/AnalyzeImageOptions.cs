using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>Request of POST /image:analyze. Wire names: image, categories, outputType.</summary>
public class AnalyzeImageOptions
{
    /// <summary>Creates a request for <paramref name="image"/>.</summary>
    public AnalyzeImageOptions(ContentSafetyImageData image)
    {
        ArgumentNullException.ThrowIfNull(image);
        Image = image;
    }

    /// <summary>The image.</summary>
    public ContentSafetyImageData Image { get; }

    /// <summary>Categories to analyze; empty means all.</summary>
    public IList<ImageCategory> Categories { get; } = new List<ImageCategory>();

    /// <summary>Severity scale; only four levels exist for images.</summary>
    public AnalyzeImageOutputType? OutputType { get; set; }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("image");
        Image.Write(writer);
        if (Categories.Count > 0)
        {
            writer.WriteStartArray("categories");
            foreach (ImageCategory category in Categories)
            {
                writer.WriteStringValue(category.ToString());
            }

            writer.WriteEndArray();
        }

        if (OutputType is AnalyzeImageOutputType outputType)
        {
            writer.WriteString("outputType", outputType.ToString());
        }

        writer.WriteEndObject();
    }
}
