namespace GenScreen.ContentSafety;

/// <summary>An image that fits the service limits, ready for <see cref="ContentSafetyClient.AnalyzeImage(AnalyzeImageOptions, CancellationToken)"/>.</summary>
public sealed class PreparedImage
{
    internal PreparedImage(BinaryData content, int width, int height, string mimeType, bool wasModified)
    {
        Content = content;
        Width = width;
        Height = height;
        MimeType = mimeType;
        WasModified = wasModified;
    }

    /// <summary>The file bytes to send.</summary>
    public BinaryData Content { get; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>MIME type of <see cref="Content"/>.</summary>
    public string MimeType { get; }

    /// <summary>False when the original bytes already fitted and are passed through untouched.</summary>
    public bool WasModified { get; }

    /// <summary>Wraps <see cref="Content"/> for an analyze request.</summary>
    public ContentSafetyImageData ToImageData() => new(Content);
}
