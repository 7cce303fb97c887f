using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>Response of addOrUpdateBlocklistItems: the stored items with their ids.</summary>
public class AddOrUpdateTextBlocklistItemsResult
{
    internal AddOrUpdateTextBlocklistItemsResult(IReadOnlyList<TextBlocklistItem> blocklistItems)
    {
        BlocklistItems = blocklistItems;
    }

    /// <summary>The stored items.</summary>
    public IReadOnlyList<TextBlocklistItem> BlocklistItems { get; }

    internal static AddOrUpdateTextBlocklistItemsResult FromJson(JsonElement element)
    {
        const string Model = nameof(AddOrUpdateTextBlocklistItemsResult);
        JsonRead.RequiredObject(element, Model);
        return new AddOrUpdateTextBlocklistItemsResult(
            JsonRead.RequiredArray(element, "blocklistItems", Model, TextBlocklistItem.FromJson));
    }
}
