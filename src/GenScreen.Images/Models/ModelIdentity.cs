namespace GenScreen.Images.Models;

/// <summary>
/// What the run time knows about one model file: a name for messages, the file name it ships under (<c>models/</c>
/// beside the app, <c>artifacts/models/</c> in a clone), the SHA-256 every copy must have and the MODEL.md recording it.
/// </summary>
public sealed record ModelIdentity(string DisplayName, string FileName, string Sha256, string ModelDoc);
