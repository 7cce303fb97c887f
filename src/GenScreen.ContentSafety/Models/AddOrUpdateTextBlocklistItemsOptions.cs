using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>Request of POST /text/blocklists/{name}:addOrUpdateBlocklistItems (1 to 100 items).</summary>
public class AddOrUpdateTextBlocklistItemsOptions
{
    /// <summary>Creates the request.</summary>
    public AddOrUpdateTextBlocklistItemsOptions(IEnumerable<TextBlocklistItem> blocklistItems)
    {
        ArgumentNullException.ThrowIfNull(blocklistItems);
        BlocklistItems = blocklistItems.ToList();
    }

    /// <summary>The items to add or update.</summary>
    public IList<TextBlocklistItem> BlocklistItems { get; }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("blocklistItems");
        foreach (TextBlocklistItem item in BlocklistItems)
        {
            item.Write(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
