using System.Globalization;
using System.Text.RegularExpressions;

namespace GenScreen.ContentSafety;

/// <summary>
/// Pre-flight checks of the documented service limits. They run before anything is sent: failing
/// locally is faster, cheaper and clearer than a 400, and names are checked because they become
/// URL path segments.
/// </summary>
internal static partial class InputGuard
{
    public static void Text(AnalyzeTextOptions options, string paramName)
    {
        ArgumentNullException.ThrowIfNull(options, paramName);
        int codePoints = CountCodePoints(options.Text);
        if (codePoints > ContentSafetyLimits.MaxTextCodePoints)
        {
            throw new ArgumentException(
                $"Text is {codePoints} Unicode code points long; Azure AI Content Safety analyzes at most " +
                $"{ContentSafetyLimits.MaxTextCodePoints} per request. Split it and analyze each part.",
                paramName);
        }

        foreach (string name in options.BlocklistNames)
        {
            BlocklistName(name, paramName);
        }
    }

    public static void Image(AnalyzeImageOptions options, string paramName)
    {
        ArgumentNullException.ThrowIfNull(options, paramName);
        ContentSafetyImageData image = options.Image;
        if ((image.Content is null) == (image.BlobUri is null))
        {
            throw new ArgumentException("Set exactly one of ContentSafetyImageData.Content or BlobUri; the service refuses both or neither.", paramName);
        }

        if (image.BlobUri is not null)
        {
            // The blob is fetched by the service, so only its address can be checked here.
            if (!image.BlobUri.IsAbsoluteUri || image.BlobUri.Scheme != Uri.UriSchemeHttps)
            {
                throw new ArgumentException("The image blob URL must be an absolute https URL.", paramName);
            }

            return;
        }

        ImageContent(image.Content!, paramName);
    }

    public static void ImageContent(BinaryData content, string paramName)
    {
        long length = content.ToMemory().Length;
        if (length == 0)
        {
            throw new ArgumentException("The image is empty.", paramName);
        }

        if (length > ContentSafetyLimits.MaxImageBytes)
        {
            throw new ArgumentException(
                $"The image is {length} bytes; Azure AI Content Safety accepts at most {ContentSafetyLimits.MaxImageBytes} bytes. " +
                "Use ContentSafetyImagePreparer to downscale or re-encode it.",
                paramName);
        }

        ImageProbe.Info info = ImageProbe.Identify(content)
            ?? throw new ArgumentException("The image bytes are not a readable JPEG, PNG, GIF, BMP, TIFF or WEBP file.", paramName);
        if (!ContentSafetyLimits.SupportedImageMimeTypes.Contains(info.MimeType, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"Image format {info.MimeType} is not analyzed by the service; use ContentSafetyImagePreparer to re-encode it.",
                paramName);
        }

        if (info.Width < ContentSafetyLimits.MinImageDimension || info.Height < ContentSafetyLimits.MinImageDimension
            || info.Width > ContentSafetyLimits.MaxImageDimension || info.Height > ContentSafetyLimits.MaxImageDimension)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The image is {info.Width}x{info.Height} px; Azure AI Content Safety accepts {ContentSafetyLimits.MinImageDimension}x{ContentSafetyLimits.MinImageDimension} " +
                    $"to {ContentSafetyLimits.MaxImageDimension}x{ContentSafetyLimits.MaxImageDimension} px. Use ContentSafetyImagePreparer to resize it."),
                paramName);
        }
    }

    public static void BlocklistName(string blocklistName, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blocklistName, paramName);
        if (blocklistName.Length > ContentSafetyLimits.MaxBlocklistNameLength || !BlocklistNamePattern().IsMatch(blocklistName))
        {
            throw new ArgumentException(
                $"Blocklist name '{blocklistName}' is invalid: use 1-{ContentSafetyLimits.MaxBlocklistNameLength} characters of 0-9, A-Z, a-z, '.', '_', '~', '-'.",
                paramName);
        }
    }

    public static void Description(string? description, string paramName)
    {
        if (description is not null && description.Length > ContentSafetyLimits.MaxDescriptionLength)
        {
            throw new ArgumentException($"Description is longer than {ContentSafetyLimits.MaxDescriptionLength} characters.", paramName);
        }
    }

    public static void Items(AddOrUpdateTextBlocklistItemsOptions options, string paramName)
    {
        ArgumentNullException.ThrowIfNull(options, paramName);
        Count(options.BlocklistItems.Count, paramName);
        foreach (TextBlocklistItem item in options.BlocklistItems)
        {
            if (string.IsNullOrEmpty(item.Text) || item.Text.Length > ContentSafetyLimits.MaxBlocklistItemTextLength)
            {
                throw new ArgumentException(
                    $"Blocklist item text must be 1-{ContentSafetyLimits.MaxBlocklistItemTextLength} characters.",
                    paramName);
            }

            Description(item.Description, paramName);
        }
    }

    public static void ItemIds(RemoveTextBlocklistItemsOptions options, string paramName)
    {
        ArgumentNullException.ThrowIfNull(options, paramName);
        Count(options.BlocklistItemIds.Count, paramName);
        foreach (string id in options.BlocklistItemIds)
        {
            ItemId(id, paramName);
        }
    }

    public static void ItemId(string blocklistItemId, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blocklistItemId, paramName);
        if (blocklistItemId.Length > 64)
        {
            throw new ArgumentException("Blocklist item ids are at most 64 characters.", paramName);
        }
    }

    private static void Count(int count, string paramName)
    {
        if (count is < 1 or > ContentSafetyLimits.MaxBlocklistItemsPerRequest)
        {
            throw new ArgumentException(
                $"Send 1 to {ContentSafetyLimits.MaxBlocklistItemsPerRequest} blocklist items per request (got {count}); split larger batches.",
                paramName);
        }
    }

    private static int CountCodePoints(string text)
    {
        // The limit is in code points: a surrogate pair (e.g. an emoji) counts once. Lone surrogates
        // count as one each (EnumerateRunes yields a replacement rune for them).
        int count = 0;
        foreach (System.Text.Rune _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex("^[0-9A-Za-z._~-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex BlocklistNamePattern();
}
