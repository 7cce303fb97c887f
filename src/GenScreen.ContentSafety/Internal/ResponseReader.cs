using System.Text.Json;
using Azure;

namespace GenScreen.ContentSafety;

/// <summary>
/// Parses a success body. A body that is not the documented JSON (a proxy's HTML page, a truncated
/// stream, a missing required field) becomes a <see cref="RequestFailedException"/>: a moderation
/// result that cannot be read must never be treated as "nothing found".
/// </summary>
internal static class ResponseReader
{
    public const string InvalidBodyErrorCode = "InvalidResponseBody";

    public static T Read<T>(Response response, Func<JsonElement, T> read)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(response.Content.ToMemory());
            return read(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new RequestFailedException(
                response.Status,
                $"Azure AI Content Safety returned a body that does not match the documented schema: {ex.Message}",
                InvalidBodyErrorCode,
                ex);
        }
    }
}
