using System.Numerics.Tensors;

namespace GenScreen.Images.People;

/// <summary>Euclidean distance between face descriptors, the measure face-api's threshold (0.6) is stated in.</summary>
public static class FaceDistance
{
    public static float Euclidean(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Descriptors differ in length ({a.Length} vs {b.Length}).", nameof(b));
        }

        return TensorPrimitives.Distance(a, b);
    }
}
