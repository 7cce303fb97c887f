using System.Text.Json;
using GenScreen.Core.Images.Faces;

namespace GenScreen.Storage.Images;

/// <summary>
/// The faces of an image verdict as one compact JSON column (<c>Faces</c>) beside <c>FaceCount</c>. A table property
/// holds at most 64 KiB and an entity 1 MiB, so at most <see cref="MaxStored"/> faces are kept, the ones that matter
/// first (a protected-person match, then the youngest apparent age, faces too small to judge last); each takes about
/// 90 bytes, so the column stays under 3 KB whatever the crowd. <c>FaceCount</c> is always the full count.
/// </summary>
/// <remarks>
/// Shape: <c>{"searched":true,"model":"…","faces":[{"x":1,"y":2,"w":64,"h":70,"c":0.98,"age":27.3,"small":false,"person":"p-1","d":0.41}]}</c>;
/// <c>age</c> is absent for a face too small to judge, <c>person</c>/<c>d</c> only for a match (the enrolled person's id,
/// never their name: enrolment can be private, and the id resolves through the people store).
/// </remarks>
internal static class FacesColumn
{
    public const int MaxStored = 32;

    public static string Write(FaceFacts facts)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteBoolean("searched", facts.Searched);
            w.WriteString("model", facts.ModelVersion);
            w.WriteStartArray("faces");
            foreach (var f in Ordered(facts.Faces).Take(MaxStored))
            {
                w.WriteStartObject();
                w.WriteNumber("x", f.Box.X);
                w.WriteNumber("y", f.Box.Y);
                w.WriteNumber("w", f.Box.Width);
                w.WriteNumber("h", f.Box.Height);
                w.WriteNumber("c", Math.Round(f.DetectorConfidence, 4));
                if (f.ApparentAge is { } age)
                {
                    w.WriteNumber("age", Math.Round(age, 2));
                }

                w.WriteBoolean("small", f.TooSmallToJudge);
                if (f.Match is { } m)
                {
                    w.WriteString("person", m.PersonId);
                    w.WriteNumber("d", Math.Round(m.Distance, 4));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static FaceFacts? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var faces = new List<FaceSignal>();
        foreach (var f in root.GetProperty("faces").EnumerateArray())
        {
            var match = f.TryGetProperty("person", out var person)
                ? new ProtectedPersonMatch(person.GetString()!, "", f.GetProperty("d").GetDouble())
                : null;
            faces.Add(new FaceSignal(
                new FaceBox(f.GetProperty("x").GetInt32(), f.GetProperty("y").GetInt32(), f.GetProperty("w").GetInt32(), f.GetProperty("h").GetInt32()),
                f.GetProperty("c").GetDouble(),
                f.TryGetProperty("age", out var age) ? age.GetDouble() : null,
                f.GetProperty("small").GetBoolean(),
                match));
        }

        return new FaceFacts(root.GetProperty("searched").GetBoolean(), faces, root.GetProperty("model").GetString() ?? "");
    }

    /// <summary>What a moderator looks at first: matches, then the youngest judged faces, then faces too small to judge.</summary>
    private static IEnumerable<FaceSignal> Ordered(IReadOnlyList<FaceSignal> faces) =>
        faces.OrderBy(f => f.Match is null)
            .ThenBy(f => f.TooSmallToJudge || f.ApparentAge is null)
            .ThenBy(f => f.ApparentAge ?? double.MaxValue);
}
