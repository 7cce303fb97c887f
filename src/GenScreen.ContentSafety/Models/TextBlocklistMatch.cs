using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>A blocklist hit (wire: { blocklistName, blocklistItemId, blocklistItemText }, all required).</summary>
public class TextBlocklistMatch
{
    internal TextBlocklistMatch(string blocklistName, string blocklistItemId, string blocklistItemText)
    {
        BlocklistName = blocklistName;
        BlocklistItemId = blocklistItemId;
        BlocklistItemText = blocklistItemText;
    }

    /// <summary>Name of the matched blocklist.</summary>
    public string BlocklistName { get; }

    /// <summary>Id of the matched item.</summary>
    public string BlocklistItemId { get; }

    /// <summary>Text of the matched item.</summary>
    public string BlocklistItemText { get; }

    internal static TextBlocklistMatch FromJson(JsonElement element)
    {
        const string Model = nameof(TextBlocklistMatch);
        JsonRead.RequiredObject(element, Model);
        return new TextBlocklistMatch(
            JsonRead.RequiredString(element, "blocklistName", Model),
            JsonRead.RequiredString(element, "blocklistItemId", Model),
            JsonRead.RequiredString(element, "blocklistItemText", Model));
    }
}
