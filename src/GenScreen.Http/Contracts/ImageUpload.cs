namespace GenScreen.Http.Contracts;

/// <summary>
/// What <c>POST /api/screen/image</c> received: the image bytes, what the request declared about them, and the named
/// fields (query string and, for multipart, form fields), each given at most once.
/// </summary>
public sealed record ImageUpload(ReadOnlyMemory<byte> Content, string? ContentType, string? FileName, IReadOnlyDictionary<string, string> Fields);
