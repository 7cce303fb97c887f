using GenScreen.Core.Images;

namespace GenScreen.Storage.Images;

/// <summary>An image verdict row: which blob version, what was found, what was done.</summary>
public sealed record ImageVerdictRecord(
    string ReceiptId,
    string Container,
    string BlobName,
    string Version,
    ImageVerdict Verdict,
    ImageFacts? Facts,
    string? PromptVerdictId,
    ImageAction Action,
    int Attempts,
    DateTimeOffset ScreenedAt,
    double TotalMilliseconds,
    string? QuarantineBlob = null,
    bool? Immutable = null)
{
    /// <summary>Faces found, all of them (the <c>Faces</c> column keeps at most <see cref="FacesColumn.MaxStored"/>); null when faces were not searched.</summary>
    public int? FaceCount { get; init; }

    /// <summary>Set for images screened through <c>POST /api/screen/image</c>; null for blobs (generated images).</summary>
    public ImagePurpose? Purpose { get; init; }

    /// <summary>The review status a moderator gave it (<c>ReviewStatus</c> column: open when absent); see GenScreen.Storage.Review.</summary>
    public string? ReviewStatus { get; init; }
}
