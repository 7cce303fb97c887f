namespace GenScreen.Core.Images.Faces;

/// <summary>A face's bounding box in the screened frame's pixel coordinates (top-left origin).</summary>
public readonly record struct FaceBox(int X, int Y, int Width, int Height);
