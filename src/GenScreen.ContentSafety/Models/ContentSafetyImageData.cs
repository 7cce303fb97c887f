using System.Text.Json;

namespace GenScreen.ContentSafety;

/// <summary>
/// The image to analyze: raw file bytes (sent base64-encoded as "content") or a blob URL ("blobUrl").
/// Exactly one must be set; the service refuses a request carrying both.
/// </summary>
public class ContentSafetyImageData
{
    /// <summary>Creates an empty instance; set <see cref="Content"/> or <see cref="BlobUri"/>.</summary>
    public ContentSafetyImageData()
    {
    }

    /// <summary>Image from raw file bytes (JPEG, PNG, GIF, BMP, TIFF or WEBP; not a data: URI).</summary>
    public ContentSafetyImageData(BinaryData content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
    }

    /// <summary>
    /// Image from an Azure Storage blob. The Content Safety resource's managed identity needs a
    /// Storage Blob Data role on that account; the client cannot check size or dimensions beforehand.
    /// </summary>
    public ContentSafetyImageData(Uri blobUri)
    {
        ArgumentNullException.ThrowIfNull(blobUri);
        BlobUri = blobUri;
    }

    /// <summary>Raw image file bytes.</summary>
    public BinaryData? Content { get; set; }

    /// <summary>Blob URL of the image (wire name "blobUrl").</summary>
    public Uri? BlobUri { get; set; }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Content is not null)
        {
            writer.WriteBase64String("content", Content.ToMemory().Span);
        }

        if (BlobUri is not null)
        {
            writer.WriteString("blobUrl", BlobUri.AbsoluteUri);
        }

        writer.WriteEndObject();
    }
}
