using GenScreen.Core.HashBanks;
using GenScreen.Core.Images.Faces;

namespace GenScreen.Core.Images;

/// <summary>What was measured about an image while screening it (recorded with its verdict). <see cref="Faces"/> is null when no face analysis is configured; <see cref="Pdq"/> when hash banks are off or nothing was decoded.</summary>
public sealed record ImageFacts(
    string ContentSha256,
    long Size,
    int Width,
    int Height,
    string? Format,
    int FrameCount,
    int FramesScreened,
    bool DeclaredFormatMismatch,
    ImageClassScores? Scores,
    double DecodeMilliseconds,
    double InferenceMilliseconds,
    FaceFacts? Faces = null,
    ImagePdq? Pdq = null);
