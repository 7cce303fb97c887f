namespace GenScreen.Core.Images.Faces;

/// <summary>
/// The faces found in a screened image. <see cref="Searched"/> is false when face analysis did not run (not
/// configured, or the image could not be decoded); an empty <see cref="Faces"/> list with Searched true means
/// "looked, found none" (e.g. a drawing, where the prompt correlation is the signal).
/// </summary>
public sealed record FaceFacts(bool Searched, IReadOnlyList<FaceSignal> Faces, string ModelVersion)
{
    public static FaceFacts NotSearched { get; } = new(false, [], "");
}
