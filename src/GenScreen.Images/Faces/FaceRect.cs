namespace GenScreen.Images.Faces;

/// <summary>A rectangle in the analyzed frame's pixel coordinates, fractional as face-api computes it.</summary>
public readonly record struct FaceRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;
}
