using System.Text.Json;
using Azure;

namespace GenScreen.ContentSafety;

/// <summary>Reads the Azure paged-collection shape { value: [...], nextLink? } into a <see cref="Page{T}"/>.</summary>
internal static class PagedJson
{
    public static Page<T> Read<T>(Response response, Func<JsonElement, T> readItem, string model)
    {
        (IReadOnlyList<T> items, string? nextLink) = ResponseReader.Read(response, root =>
        {
            JsonRead.RequiredObject(root, model);
            return (JsonRead.RequiredArray(root, "value", model, readItem), JsonRead.OptionalString(root, "nextLink"));
        });
        return Page<T>.FromValues(items, nextLink, response);
    }
}
