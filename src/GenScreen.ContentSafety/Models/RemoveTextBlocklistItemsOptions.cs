using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>Request of POST /text/blocklists/{name}:removeBlocklistItems (1 to 100 ids).</summary>
public class RemoveTextBlocklistItemsOptions
{
    /// <summary>Creates the request.</summary>
    public RemoveTextBlocklistItemsOptions(IEnumerable<string> blocklistItemIds)
    {
        ArgumentNullException.ThrowIfNull(blocklistItemIds);
        BlocklistItemIds = blocklistItemIds.ToList();
    }

    /// <summary>Ids of the items to remove.</summary>
    public IList<string> BlocklistItemIds { get; }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("blocklistItemIds");
        foreach (string id in BlocklistItemIds)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
