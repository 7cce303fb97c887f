using System.Globalization;

namespace GenScreen.Core.Images.Faces;

/// <summary>How verdict reasons name a face: where it is and what the model estimated, never a claim about the person.</summary>
public static class FaceText
{
    public static string Describe(FaceSignal face)
    {
        ArgumentNullException.ThrowIfNull(face);
        var b = face.Box;
        var where = string.Create(CultureInfo.InvariantCulture, $"the face at x={b.X}, y={b.Y} ({b.Width}×{b.Height} px)");
        return face.ApparentAge is { } age && !face.TooSmallToJudge
            ? string.Create(CultureInfo.InvariantCulture, $"{where}, apparent age {age:0.#} (a model's estimate from the pixels, not the person's age)")
            : where + ", too small to judge its apparent age";
    }
}
