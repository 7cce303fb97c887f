using GenScreen.Core.Images.Faces;

namespace GenScreen.Images.People;

/// <summary>
/// The one crop the recognition net is fed, as face-api's <c>withFaceDescriptors()</c> cuts it: the dlib-style
/// alignment box from the 68 landmarks (<c>FaceLandmarks.align(null, { useDlibAlignment: true })</c>), then clipped at
/// the image borders and floored (<c>Box.clipAtImageBorders</c>). It is an axis-aligned square, no rotation:
/// <list type="bullet">
/// <item>centres of the left eye (points 36–41), right eye (42–47) and mouth (48–67);</item>
/// <item>side = floor(mean distance of the two eye centres to the mouth centre / 0.45);</item>
/// <item>reference point = mean of the three centres; x = floor(max(0, ref.x − 0.5·side)), y = floor(max(0, ref.y − 0.43·side)).</item>
/// </list>
/// Arithmetic is in double precision like JavaScript's. One face-api quirk is not reproduced: it also caps the side at
/// (landmark-net input width + x), which only matters for a face cut off at the left or top border; the border clip
/// applies to both.
/// </summary>
public static class FaceRecognitionCrop
{
    public const int LandmarkCount = 68;

    private const double RelX = 0.5;
    private const double RelY = 0.43;
    private const double RelScale = 0.45;

    /// <param name="landmarks">The 68 points (x, y) in the image's pixel coordinates, in iBUG 300-W order.</param>
    public static FaceBox FromLandmarks68(ReadOnlySpan<(double X, double Y)> landmarks, int imageWidth, int imageHeight)
    {
        if (landmarks.Length != LandmarkCount)
        {
            throw new ArgumentException($"Expected {LandmarkCount} landmarks, got {landmarks.Length}.", nameof(landmarks));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(imageWidth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(imageHeight, 1);
        var leftEye = Center(landmarks[36..42]);
        var rightEye = Center(landmarks[42..48]);
        var mouth = Center(landmarks[48..68]);
        var eyeToMouth = (Distance(mouth, leftEye) + Distance(mouth, rightEye)) / 2;
        var side = Math.Floor(eyeToMouth / RelScale);
        var refX = (leftEye.X + rightEye.X + mouth.X) / 3;
        var refY = (leftEye.Y + rightEye.Y + mouth.Y) / 3;
        var x = Math.Floor(Math.Max(0, refX - (RelX * side)));
        var y = Math.Floor(Math.Max(0, refY - (RelY * side)));

        // clipAtImageBorders: keep the right/bottom edge, cap at the image, floor.
        var width = Math.Min(side, imageWidth - x);
        var height = Math.Min(side, imageHeight - y);
        if (x >= imageWidth || y >= imageHeight || width < 1 || height < 1)
        {
            throw new ArgumentException("The landmarks put the face crop outside the image.", nameof(landmarks));
        }

        return new FaceBox((int)x, (int)y, (int)Math.Floor(width), (int)Math.Floor(height));
    }

    private static (double X, double Y) Center(ReadOnlySpan<(double X, double Y)> points)
    {
        double sx = 0, sy = 0;
        foreach (var (px, py) in points)
        {
            sx += px;
            sy += py;
        }

        return (sx / points.Length, sy / points.Length);
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) =>
        Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
