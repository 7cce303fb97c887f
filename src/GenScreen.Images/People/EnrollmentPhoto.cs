namespace GenScreen.Images.People;

/// <summary>A reference photo offered for enrolment: its name (for error messages) and its file bytes.</summary>
public sealed record EnrollmentPhoto(string Name, ReadOnlyMemory<byte> Bytes);
