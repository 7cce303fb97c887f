using GenScreen.Images.Models;

namespace GenScreen.Images.Nsfw;

/// <summary>
/// An NSFW model file whose bytes are not the recorded model (SHA-256 in MODEL.md and
/// <see cref="NsfwModelInfo.Sha256"/>): tampered with, truncated, or from another importer version. It is never
/// loaded; the host refuses to start rather than screen with an unknown model. The NSFW case of
/// <see cref="ModelIntegrityException"/>, which the face models throw.
/// </summary>
public sealed class NsfwModelIntegrityException : ModelIntegrityException
{
    public NsfwModelIntegrityException(string path, string actualSha256, string expectedSha256)
        : base($"Refusing to load the NSFW model at {path}: its SHA-256 is {actualSha256}, expected {expectedSha256} " +
               "(src/GenScreen.Images/Nsfw/MODEL.md). Deploy the file that `genscreen models import` produces, or delete a stale cached copy.")
    {
        Path = path;
        ActualSha256 = actualSha256;
        ExpectedSha256 = expectedSha256;
    }

    public NsfwModelIntegrityException()
        : this(string.Empty, string.Empty, NsfwModelInfo.Sha256)
    {
    }

    public NsfwModelIntegrityException(string message)
        : base(message)
    {
        Path = ActualSha256 = string.Empty;
        ExpectedSha256 = NsfwModelInfo.Sha256;
    }

    public NsfwModelIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = ActualSha256 = string.Empty;
        ExpectedSha256 = NsfwModelInfo.Sha256;
    }

    /// <summary>Throws unless <paramref name="actualSha256"/> is <paramref name="expectedSha256"/> (hex, any case).</summary>
    internal static void ThrowIfMismatch(string path, string actualSha256, string expectedSha256)
    {
        if (!string.Equals(actualSha256, expectedSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new NsfwModelIntegrityException(path, actualSha256, expectedSha256);
        }
    }
}
