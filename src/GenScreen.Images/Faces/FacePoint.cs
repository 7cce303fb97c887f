namespace GenScreen.Images.Faces;

/// <summary>A point in the analyzed frame's pixel coordinates (fractional).</summary>
public readonly record struct FacePoint(double X, double Y);
