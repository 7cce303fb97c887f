using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>A text blocklist (wire: { blocklistName, description? }).</summary>
public class TextBlocklist
{
    /// <summary>Creates a blocklist value, e.g. for mocks.</summary>
    public TextBlocklist(string name, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Description = description;
    }

    /// <summary>Blocklist name (wire "blocklistName"; 1-64 of [0-9A-Za-z._~-]).</summary>
    public string Name { get; }

    /// <summary>Description, at most 1024 characters.</summary>
    public string? Description { get; set; }

    internal static TextBlocklist FromJson(JsonElement element)
    {
        const string Model = nameof(TextBlocklist);
        JsonRead.RequiredObject(element, Model);
        return new TextBlocklist(
            JsonRead.RequiredString(element, "blocklistName", Model),
            JsonRead.OptionalString(element, "description"));
    }
}
