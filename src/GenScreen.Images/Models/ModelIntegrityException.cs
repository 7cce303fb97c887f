namespace GenScreen.Images.Models;

/// <summary>
/// A model file whose bytes are not the recorded model (the SHA-256 in the model's MODEL.md): tampered with, truncated,
/// or from another importer version. It is never loaded; the host refuses to start rather than screen with an unknown
/// model. <see cref="Nsfw.NsfwModelIntegrityException"/> is the NSFW model's case of it.
/// </summary>
public class ModelIntegrityException : Exception
{
    public ModelIntegrityException(string modelName, string path, string actualSha256, string expectedSha256, string modelDoc)
        : base($"Refusing to load the {modelName} model at {path}: its SHA-256 is {actualSha256}, expected {expectedSha256} " +
               $"({modelDoc}). Deploy the file that `genscreen models import` produces, or delete a stale cached copy.")
    {
        Path = path;
        ActualSha256 = actualSha256;
        ExpectedSha256 = expectedSha256;
    }

    public ModelIntegrityException()
        : this("unknown")
    {
    }

    public ModelIntegrityException(string message)
        : base(message)
    {
        Path = ActualSha256 = ExpectedSha256 = string.Empty;
    }

    public ModelIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = ActualSha256 = ExpectedSha256 = string.Empty;
    }

    public string Path { get; protected init; }

    public string ActualSha256 { get; protected init; }

    public string ExpectedSha256 { get; protected init; }
}
