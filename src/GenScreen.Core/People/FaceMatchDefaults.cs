namespace GenScreen.Core.People;

/// <summary>Defaults of protected-person face matching, shared by the options and the tests that justify them.</summary>
public static class FaceMatchDefaults
{
    /// <summary>
    /// Euclidean distance between 128-d face descriptors at or below which a face is taken to be the enrolled person.
    /// face-api suggests 0.6; on its own demo photos two different people in one photo came as close as 0.486, so the
    /// default is stricter (docs/images.md#protected-people has the measured distributions).
    /// </summary>
    public const double Threshold = 0.45;
}
