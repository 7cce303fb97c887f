namespace GenScreen.Core.Images;

/// <summary>
/// The image screener cannot screen anything right now (for example, too many decodes are stuck in native code
/// on this instance). It says nothing about the image: nothing is decided or recorded, and the caller retries later
/// (the blob trigger delivers again, the local watcher on its next pass). The image is never approved meanwhile.
/// </summary>
public sealed class ImageScreeningUnavailableException : Exception
{
    public ImageScreeningUnavailableException()
    {
    }

    public ImageScreeningUnavailableException(string message)
        : base(message)
    {
    }

    public ImageScreeningUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
