using GenScreen.Core.Images.Faces;

namespace GenScreen.Images.People;

/// <summary>A face found for recognition: the detector's box and score, and the crop the recognition net is fed.</summary>
public sealed record LocatedFace(FaceBox Box, double Confidence, FaceBox RecognitionCrop);
