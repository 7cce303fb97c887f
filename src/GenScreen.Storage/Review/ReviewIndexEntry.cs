using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Review;

/// <summary>What the index knows of a review or block verdict: enough to filter on; the item itself is read from its verdict row.</summary>
public sealed record ReviewIndexEntry(
    string Kind,
    string VerdictId,
    Decision Decision,
    string Policy,
    string? UserId,
    DateTimeOffset ScreenedAt,
    IReadOnlyList<HarmCategory> Categories,
    string Status = ReviewNames.Open);
