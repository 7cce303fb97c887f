namespace GenScreen.Images.People;

/// <summary>
/// An enrolment was refused before anything was stored: a photo could not be decoded, shows no face, or shows more
/// than one face (which would leave it ambiguous whom the operator meant). The message names the photo and the reason.
/// </summary>
public sealed class EnrollmentRefusedException : Exception
{
    public EnrollmentRefusedException()
    {
    }

    public EnrollmentRefusedException(string message)
        : base(message)
    {
    }

    public EnrollmentRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
