namespace GenScreen.ContentSafety;

/// <summary>
/// Documented service limits, enforced by the clients before a request is sent so that an oversized
/// input fails fast with a clear <see cref="ArgumentException"/> instead of a 400 after a round trip.
/// </summary>
public static class ContentSafetyLimits
{
    /// <summary>text:analyze accepts at most 10,000 Unicode code points (not UTF-16 chars).</summary>
    public const int MaxTextCodePoints = 10_000;

    /// <summary>Smallest accepted image side, in pixels.</summary>
    public const int MinImageDimension = 50;

    /// <summary>
    /// Largest accepted image side, in pixels (quickstart-image.md; the older swagger text says 2048,
    /// which is why <see cref="ImagePreparationOptions.MaxLongSide"/> defaults lower).
    /// </summary>
    public const int MaxImageDimension = 7_200;

    /// <summary>Largest accepted image file: 4 MB, read as 4 MiB of raw (pre-base64) bytes.</summary>
    public const int MaxImageBytes = 4 * 1024 * 1024;

    /// <summary>Longest blocklist name; names match ^[0-9A-Za-z._~-]+$.</summary>
    public const int MaxBlocklistNameLength = 64;

    /// <summary>Longest blocklist item text.</summary>
    public const int MaxBlocklistItemTextLength = 128;

    /// <summary>Longest blocklist or item description.</summary>
    public const int MaxDescriptionLength = 1_024;

    /// <summary>Most items per addOrUpdateBlocklistItems or removeBlocklistItems call.</summary>
    public const int MaxBlocklistItemsPerRequest = 100;

    /// <summary>Image formats the service analyzes (by MIME type); animated images: first frame only.</summary>
    public static IReadOnlyList<string> SupportedImageMimeTypes { get; } =
        ["image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff", "image/webp"];
}
