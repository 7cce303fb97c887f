namespace GenScreen.Core.Images.Faces;

/// <summary>
/// What the face models say about one face. The apparent age is a model's estimate from the pixels, calibrated on
/// photographs: a screening signal, never a statement about the person's real age. A face too small to judge
/// carries no age (<see cref="TooSmallToJudge"/>) rather than an unreliable one.
/// </summary>
/// <param name="Box">Where the face is, in the screened frame.</param>
/// <param name="DetectorConfidence">The face detector's score in [0, 1].</param>
/// <param name="ApparentAge">Estimated apparent age in years; null when the face is too small to judge.</param>
/// <param name="TooSmallToJudge">The face is below the minimum size at which apparent age is estimated.</param>
/// <param name="Match">The enrolled protected person this face matches, if any.</param>
public sealed record FaceSignal(FaceBox Box, double DetectorConfidence, double? ApparentAge, bool TooSmallToJudge, ProtectedPersonMatch? Match = null);
