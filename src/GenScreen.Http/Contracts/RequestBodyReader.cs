using System.Buffers;
using GenScreen.Http.Problems;
using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Contracts;

/// <summary>Checks the content type and reads a JSON body of at most <see cref="ApiLimits.MaxBodyBytes"/>.</summary>
public static class RequestBodyReader
{
    public static async Task<(ReadOnlyMemory<byte> Body, Problem? Problem)> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return (default, new Problem(415, ProblemTypes.UnsupportedMediaType, "Unsupported media type.",
                $"Send the body as 'Content-Type: application/json' (got '{request.ContentType ?? "none"}')."));
        }

        if (request.ContentLength > ApiLimits.MaxBodyBytes)
        {
            return (default, TooLarge(request.ContentLength.Value));
        }

        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is > 0 and var n ? (int)n : 1024);
        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            foreach (var segment in result.Buffer)
            {
                if (buffer.WrittenCount + segment.Length > ApiLimits.MaxBodyBytes)
                {
                    reader.AdvanceTo(result.Buffer.End);
                    return (default, TooLarge(null));
                }

                buffer.Write(segment.Span);
            }

            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                break;
            }
        }

        return (buffer.WrittenMemory, null);
    }

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var mediaType = contentType.AsSpan();
        var semicolon = mediaType.IndexOf(';');
        if (semicolon >= 0)
        {
            mediaType = mediaType[..semicolon];
        }

        mediaType = mediaType.Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    private static Problem TooLarge(long? length) => new(413, ProblemTypes.BodyTooLarge, "Request body too large.",
        $"The body {(length is { } l ? $"has {l:N0} bytes; " : "exceeds ")}the limit is {ApiLimits.MaxBodyBytes:N0} bytes (prompts are limited to 10,000 characters).");
}
