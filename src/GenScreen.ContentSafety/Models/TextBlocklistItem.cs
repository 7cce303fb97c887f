using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>A term in a text blocklist (wire: { blocklistItemId (server-assigned), description?, text }).</summary>
public class TextBlocklistItem
{
    /// <summary>Creates an item to add; the service assigns its id.</summary>
    public TextBlocklistItem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    internal TextBlocklistItem(string? blocklistItemId, string? description, string text)
    {
        BlocklistItemId = blocklistItemId;
        Description = description;
        Text = text;
    }

    /// <summary>Server-generated id (a UUID); null on items not yet sent.</summary>
    public string? BlocklistItemId { get; }

    /// <summary>Description, at most 1024 characters.</summary>
    public string? Description { get; set; }

    /// <summary>The term, at most 128 characters.</summary>
    public string Text { get; set; }

    internal void Write(Utf8JsonWriter writer)
    {
        // blocklistItemId is read-only on the wire, so it is never sent.
        writer.WriteStartObject();
        if (Description is not null)
        {
            writer.WriteString("description", Description);
        }

        writer.WriteString("text", Text);
        writer.WriteEndObject();
    }

    internal static TextBlocklistItem FromJson(JsonElement element)
    {
        const string Model = nameof(TextBlocklistItem);
        JsonRead.RequiredObject(element, Model);
        return new TextBlocklistItem(
            JsonRead.RequiredString(element, "blocklistItemId", Model),
            JsonRead.OptionalString(element, "description"),
            JsonRead.RequiredString(element, "text", Model));
    }
}
