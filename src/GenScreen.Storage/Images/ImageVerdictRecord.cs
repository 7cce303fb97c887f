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
    bool? Immutable = null);
