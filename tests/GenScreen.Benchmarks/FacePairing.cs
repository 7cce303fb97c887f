using GenScreen.Images.Faces;

namespace GenScreen.Benchmarks;

/// <summary>Pairs a reference face with a face found by a variant of the pipeline, for the diagnostics that compare two (detector sizes, int8 nets).</summary>
internal static class FacePairing
{
    /// <summary>The unused face whose box centre is nearest <paramref name="box"/>'s, within half its size; -1 if none.</summary>
    public static int Closest(IReadOnlyList<AnalyzedFace> faces, FaceRect box, HashSet<int> used)
    {
        var (best, bestDistance) = (-1, double.MaxValue);
        for (var i = 0; i < faces.Count; i++)
        {
            var d = faces[i].Detection;
            var distance = Math.Max(Math.Abs((d.X + (d.Width / 2)) - (box.X + (box.Width / 2))), Math.Abs((d.Y + (d.Height / 2)) - (box.Y + (box.Height / 2))));
            if (!used.Contains(i) && distance < bestDistance && distance <= Math.Max(box.Width, box.Height) / 2)
            {
                (best, bestDistance) = (i, distance);
            }
        }

        return best;
    }
}
