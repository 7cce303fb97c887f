namespace GenScreen.Images.Decoding;

/// <summary>
/// Compares what the uploader declared (content type, file extension) with what the bytes are. A mismatch is
/// reported, not enforced: generators mislabel files innocently, but a mismatch is also how polyglot and
/// disguised uploads show themselves, so moderation records keep it.
/// </summary>
internal static class DeclaredFormat
{
    /// <summary>Null when nothing declared disagrees with <paramref name="detected"/>; otherwise a description.</summary>
    internal static string? DescribeMismatch(ImageFormat detected, string? contentType, string? fileName)
    {
        var disagreements = new List<string>(2);
        if (FromContentType(contentType) is { } byType && byType != detected)
        {
            disagreements.Add($"content type '{contentType}' declares {Describe(byType)}");
        }

        if (FromFileName(fileName) is { } byName && byName != detected)
        {
            disagreements.Add($"file name '{fileName}' declares {Describe(byName)}");
        }

        return disagreements.Count == 0
            ? null
            : $"{string.Join("; ", disagreements)}, but the bytes are {Describe(detected)}";
    }

    /// <summary>The format a media type claims; null when it claims nothing (absent or generic binary).</summary>
    internal static ImageFormat? FromContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        int semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        string mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToUpperInvariant();
        return mediaType switch
        {
            "APPLICATION/OCTET-STREAM" or "BINARY/OCTET-STREAM" or "APPLICATION/UNKNOWN" or "IMAGE/*" => null,
            "IMAGE/PNG" or "IMAGE/X-PNG" or "IMAGE/APNG" => ImageFormat.Png,
            "IMAGE/JPEG" or "IMAGE/JPG" or "IMAGE/PJPEG" => ImageFormat.Jpeg,
            "IMAGE/GIF" => ImageFormat.Gif,
            "IMAGE/WEBP" => ImageFormat.WebP,
            // Any other type (text/html, image/bmp...) claims something we do not accept.
            _ => ImageFormat.Unknown,
        };
    }

    /// <summary>The format a file extension claims; null when there is no extension or it is a generic one.</summary>
    internal static ImageFormat? FromFileName(string? fileName)
    {
        string extension = Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant();
        return extension switch
        {
            "" or ".BIN" or ".DAT" or ".TMP" or ".BLOB" => null,
            ".PNG" or ".APNG" => ImageFormat.Png,
            ".JPG" or ".JPEG" or ".JPE" or ".JFIF" or ".PJPEG" or ".PJP" => ImageFormat.Jpeg,
            ".GIF" => ImageFormat.Gif,
            ".WEBP" => ImageFormat.WebP,
            _ => ImageFormat.Unknown,
        };
    }

    private static string Describe(ImageFormat format) =>
        format == ImageFormat.Unknown ? "a type that is not PNG, JPEG, GIF or WebP" : format.ToString().ToUpperInvariant();
}
