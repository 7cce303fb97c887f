using System.Buffers;
using System.Text;
using GenScreen.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace GenScreen.Http.Contracts;

/// <summary>
/// Reads the body of <c>POST /api/screen/image</c>: raw bytes (<c>Content-Type: image/*</c>) or <c>multipart/form-data</c>
/// with one file part and text fields. The image may have at most <c>ImageScreening:MaxBytes</c> bytes (413 beyond, checked
/// on Content-Length first and while reading, so a chunked body is cut off too); a multipart body may add
/// <see cref="MultipartOverheadBytes"/> for boundaries, headers and fields. Fields come from the query string and, for
/// multipart, the form; a field given twice anywhere is refused, as a duplicate JSON property is.
/// </summary>
public static class ImageRequestReader
{
    /// <summary>Room for multipart boundaries, part headers and the text fields.</summary>
    public const int MultipartOverheadBytes = 64 * 1024;

    /// <summary>Longest text field (policy, purpose, prompt verdict id are far shorter).</summary>
    public const int MaxFieldLength = 256;

    public static async Task<(ImageUpload? Upload, Problem? Problem)> ReadAsync(HttpRequest request, long maxImageBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var (name, values) in request.Query)
        {
            if (values.Count > 1)
            {
                duplicates.Add(name);
            }

            fields[name] = values.ToString();
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || mediaType.MediaType.Value is not { } type)
        {
            return (null, UnsupportedType(request.ContentType));
        }

        var multipart = type.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        if (!multipart && !type.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
        {
            return (null, UnsupportedType(request.ContentType));
        }

        var bodyLimit = maxImageBytes + (multipart ? MultipartOverheadBytes : 0);
        if (request.ContentLength > bodyLimit)
        {
            return (null, TooLarge(maxImageBytes, request.ContentLength));
        }

        // The server's own limit (Kestrel: 30 MB by default) would cut the body before ours with a bare 413.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = bodyLimit + 1;
        }

        try
        {
            if (!multipart)
            {
                var content = await ReadLimitedAsync(request.Body, maxImageBytes, cancellationToken).ConfigureAwait(false);
                return content is null
                    ? (null, TooLarge(maxImageBytes, null))
                    : Finish(new ImageUpload(content.Value, type, null, fields), duplicates);
            }

            return await ReadMultipartAsync(request, mediaType, maxImageBytes, fields, duplicates, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxImageBytes, null));
        }
    }

    private static async Task<(ImageUpload?, Problem?)> ReadMultipartAsync(HttpRequest request, MediaTypeHeaderValue mediaType, long maxImageBytes, Dictionary<string, string> fields, List<string> duplicates, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return (null, Invalid("body", "A multipart/form-data body needs a boundary parameter in its Content-Type."));
        }

        // No section limit of the reader's own (128 MB by default, a 400 not a 413): ReadLimitedAsync enforces ours.
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 8 * 1024, BodyLengthLimit = null };
        ImageUpload? file = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    return (null, Invalid("body", "Every multipart part needs 'Content-Disposition: form-data; name=\"…\"'."));
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition() || name == "file")
                {
                    if (file is not null)
                    {
                        return (null, Invalid("file", "Send exactly one image per request; this body has more than one file part."));
                    }

                    var content = await ReadLimitedAsync(section.Body, maxImageBytes, cancellationToken).ConfigureAwait(false);
                    if (content is null)
                    {
                        return (null, TooLarge(maxImageBytes, null));
                    }

                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    file = new ImageUpload(content.Value, section.ContentType, fileName, fields);
                    continue;
                }

                var value = await ReadLimitedAsync(section.Body, MaxFieldLength, cancellationToken).ConfigureAwait(false);
                if (value is null)
                {
                    return (null, Invalid(name, $"Form field '{name}' is longer than {MaxFieldLength} bytes."));
                }

                if (!fields.TryAdd(name, Encoding.UTF8.GetString(value.Value.Span)))
                {
                    duplicates.Add(name);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            return (null, Invalid("body", $"The multipart body is malformed: {ex.Message}"));
        }
        catch (IOException ex) when (ex.Message.Contains("end of the stream", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Invalid("body", "The multipart body ends before its closing boundary."));
        }

        return file is null
            ? (null, Invalid("file", "A multipart body needs a file part with the image (form field 'file')."))
            : Finish(file, duplicates);
    }

    private static (ImageUpload?, Problem?) Finish(ImageUpload upload, List<string> duplicates)
    {
        if (duplicates.Count > 0)
        {
            var names = duplicates.Distinct(StringComparer.Ordinal).ToList();
            return (null, new Problem(400, ProblemTypes.DuplicateProperty, "The request has duplicate fields.",
                $"{string.Join(", ", names.Select(d => $"'{d}'"))} {(names.Count == 1 ? "is" : "are")} given more than once (query string and form together); send each field once.",
                names.ToDictionary(d => d, d => new[] { $"'{d}' is given more than once." }, StringComparer.Ordinal)));
        }

        if (upload.Content.IsEmpty)
        {
            return (null, Invalid(upload.FileName is null ? "body" : "file", "The image is empty: send its bytes."));
        }

        return (upload, null);
    }

    /// <summary>The whole stream, or null once it passes <paramref name="limit"/> bytes (reading stops there).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var span = buffer.GetMemory(16 * 1024);
            var read = await body.ReadAsync(span, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }

    private static Problem UnsupportedType(string? contentType) => new(415, ProblemTypes.UnsupportedMediaType, "Unsupported media type.",
        $"Send the image as raw bytes with 'Content-Type: image/…' (image/png, image/jpeg, image/webp, image/gif) or as multipart/form-data with a 'file' part (got '{contentType ?? "none"}').");

    private static Problem TooLarge(long maxImageBytes, long? length) => new(413, ProblemTypes.BodyTooLarge, "Image too large.",
        $"The {(length is { } l ? $"body has {l:N0} bytes; " : "image exceeds ")}the limit is {maxImageBytes:N0} bytes per image (ImageScreening:MaxBytes){(length is null ? "" : ", plus 64 KiB for a multipart body")}.");

    private static Problem Invalid(string field, string message) =>
        new(400, ProblemTypes.Validation, "The request has invalid fields.", message, new Dictionary<string, string[]> { [field] = [message] });
}
