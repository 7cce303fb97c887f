namespace GenScreen.Images.People;

/// <summary>A recognition model file whose SHA-256 is not the recorded one (MODEL.md): it is never loaded.</summary>
public sealed class FaceRecognitionModelIntegrityException : Exception
{
    public FaceRecognitionModelIntegrityException(string path, string actualSha256, string expectedSha256)
        : base($"Refusing to load the face recognition model at {path}: its SHA-256 is {actualSha256}, expected {expectedSha256} " +
               "(src/GenScreen.Images/People/MODEL.md). Deploy the file the importer produces, or delete a stale cached copy.")
    {
        Path = path;
        ActualSha256 = actualSha256;
        ExpectedSha256 = expectedSha256;
    }

    public FaceRecognitionModelIntegrityException()
        : this(string.Empty, string.Empty, FaceRecognitionModelInfo.Sha256)
    {
    }

    public FaceRecognitionModelIntegrityException(string message)
        : base(message)
    {
        Path = ActualSha256 = string.Empty;
        ExpectedSha256 = FaceRecognitionModelInfo.Sha256;
    }

    public FaceRecognitionModelIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = ActualSha256 = string.Empty;
        ExpectedSha256 = FaceRecognitionModelInfo.Sha256;
    }

    public string Path { get; }

    public string ActualSha256 { get; }

    public string ExpectedSha256 { get; }

    public static void ThrowIfMismatch(string path, string actualSha256, string expectedSha256)
    {
        if (!string.Equals(actualSha256, expectedSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new FaceRecognitionModelIntegrityException(path, actualSha256, expectedSha256);
        }
    }
}
