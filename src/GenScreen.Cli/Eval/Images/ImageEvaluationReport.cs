using System.Globalization;
using System.Text.Json;
using GenScreen.Core.Configuration;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Faces;

namespace GenScreen.Cli.Eval.Images;

/// <summary>
/// The report of <c>eval images</c>: the thresholds it was measured at, per-class precision and recall, the confusion
/// matrix of expected label vs predicted class, and per policy the matrix of expected label vs decision; as text, or
/// as one JSON document (<c>--json</c>) with every image.
/// </summary>
internal static class ImageEvaluationReport
{
    public sealed record Context(string Source, int Errors, string NsfwModel, string? FaceModel, ImageScreeningOptions Options, FaceAnalyzerOptions Faces)
    {
        /// <summary>The enrolled people matched against, or null (then protected-person cannot be predicted).</summary>
        public PeopleContext? People { get; init; }
    }

    /// <summary>Where the enrolled people came from, how many, the recognition model and the match threshold.</summary>
    public sealed record PeopleContext(string Source, int People, int Descriptors, string Model, double Threshold);

    public static void WriteText(TextWriter o, ImageEvaluation e, Context c)
    {
        o.WriteLine(Invariant($"image set: {c.Source}: {e.Images.Count:N0} images, {c.Errors:N0} unreadable lines"));
        o.WriteLine($"models: {c.NsfwModel}; faces {c.FaceModel ?? "off (Faces:Enabled=false): no face signals, minor/adult/protected-person cannot be predicted"}");
        o.WriteLine(c.People is { } p
            ? Invariant($"people: {p.People} enrolled from {p.Source}, {p.Descriptors} descriptor(s), {p.Model}")
            : "people: none loaded (--people <folder> or --stored-people): protected-person cannot be predicted");
        foreach (var line in Thresholds(c))
        {
            o.WriteLine($"  {line.Key} = {line.Value}");
        }

        o.WriteLine();
        o.WriteLine("per class (predicted from the signals: protected-person > minor > explicit > adult > benign):");
        o.WriteLine(Invariant($"  {"label",-17} {"images",6} {"predicted",9} {"correct",7}  {"precision",-18} recall"));
        foreach (var label in ImageLabels.All)
        {
            var (correct, labelled, predicted) = e.Counts(label);
            o.WriteLine(Invariant($"  {ImageLabels.Of(label),-17} {labelled,6} {predicted,9} {correct,7}  {Ratio(correct, predicted),-18} {Ratio(correct, labelled)}"));
        }

        if (c.People is { } people)
        {
            var (right, other, none) = e.Identities();
            o.WriteLine(Invariant($"  protected-person images in a person's folder: {right} matched that person, {other} only someone else, {none} nobody"));
            o.WriteLine(Invariant($"  nearest enrolled distance (match at or below {people.Threshold:0.###}): protected-person images {Spread(e.Images.Where(i => i.Expected == ImageLabel.ProtectedPerson))}; other images {Spread(e.Images.Where(i => i.Expected != ImageLabel.ProtectedPerson))}"));
        }

        o.WriteLine();
        WriteMatrix(o, "expected label × predicted class", ImageLabels.All.Select(ImageLabels.Of).ToList(), (label, column) => e.Count(label, ImageLabels.All[column]));
        foreach (var policy in e.Policies)
        {
            WriteMatrix(o, $"policy {policy.Name}: expected label × decision", ["allow", "review", "block"], (label, column) => e.Count(policy.Name, label, (Decision)column));
        }

        // A protected-person photo that matched only someone else is listed too: the class was right, the person not.
        var misses = e.Images.Where(i => i.Expected != i.Predicted || (i.ExpectedPerson is { } named && i.Matches.Count > 0 && !i.Matches.Any(m => m.DisplayName == named))).ToList();
        if (misses.Count > 0)
        {
            o.WriteLine("misclassified:");
            foreach (var m in misses)
            {
                var expected = m.ExpectedPerson is { } person ? $"{ImageLabels.Of(m.Expected)} {person}" : ImageLabels.Of(m.Expected);
                o.WriteLine(Invariant($"  {m.Where}: expected {expected}, predicted {ImageLabels.Of(m.Predicted)} ({Signals(m)})"));
            }
        }
    }

    public static void WriteJson(Stream output, ImageEvaluation e, Context c)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("source", c.Source);
        w.WriteNumber("images", e.Images.Count);
        w.WriteNumber("unreadableLines", c.Errors);
        w.WriteString("nsfwModel", c.NsfwModel);
        if (c.FaceModel is null)
        {
            w.WriteNull("faceModel");
        }
        else
        {
            w.WriteString("faceModel", c.FaceModel);
        }

        w.WriteStartObject("thresholds");
        foreach (var (key, value) in Thresholds(c))
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
        if (c.People is { } pc)
        {
            w.WriteStartObject("people");
            w.WriteString("source", pc.Source);
            w.WriteNumber("enrolled", pc.People);
            w.WriteNumber("descriptors", pc.Descriptors);
            w.WriteString("model", pc.Model);
            w.WriteNumber("matchThreshold", pc.Threshold);
            var (right, other, none) = e.Identities();
            w.WriteNumber("namedPersonMatched", right);
            w.WriteNumber("namedPersonMatchedSomeoneElse", other);
            w.WriteNumber("namedPersonMatchedNobody", none);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("people");
        }

        w.WriteStartArray("classes");
        foreach (var label in ImageLabels.All)
        {
            var (correct, labelled, predicted) = e.Counts(label);
            w.WriteStartObject();
            w.WriteString("label", ImageLabels.Of(label));
            w.WriteNumber("images", labelled);
            w.WriteNumber("predicted", predicted);
            w.WriteNumber("correct", correct);
            WriteRate(w, "precision", correct, predicted);
            WriteRate(w, "recall", correct, labelled);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("predicted");
        foreach (var expected in ImageLabels.All)
        {
            w.WriteStartObject(ImageLabels.Of(expected));
            foreach (var predicted in ImageLabels.All)
            {
                w.WriteNumber(ImageLabels.Of(predicted), e.Count(expected, predicted));
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartObject("decisions");
        foreach (var policy in e.Policies)
        {
            w.WriteStartObject(policy.Name);
            foreach (var expected in ImageLabels.All)
            {
                w.WriteStartObject(ImageLabels.Of(expected));
                foreach (var decision in Enum.GetValues<Decision>())
                {
                    w.WriteNumber(WireNames.Of(decision), e.Count(policy.Name, expected, decision));
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartArray("items");
        foreach (var i in e.Images)
        {
            w.WriteStartObject();
            w.WriteString("file", i.Where);
            w.WriteString("expected", ImageLabels.Of(i.Expected));
            w.WriteString("predicted", ImageLabels.Of(i.Predicted));
            w.WriteStartObject("decisions");
            foreach (var (policy, decision) in i.Decisions)
            {
                w.WriteString(policy, WireNames.Of(decision));
            }

            w.WriteEndObject();
            w.WriteStartArray("apparentAges");
            foreach (var face in i.Facts.Faces?.Faces ?? [])
            {
                if (face.ApparentAge is { } age && !face.TooSmallToJudge)
                {
                    w.WriteNumberValue(Math.Round(age, 1));
                }
            }

            w.WriteEndArray();
            w.WriteNumber("facesTooSmall", i.Facts.Faces?.Faces.Count(f => f.TooSmallToJudge) ?? 0);
            if (c.People is not null)
            {
                if (i.ExpectedPerson is { } person)
                {
                    w.WriteString("expectedPerson", person);
                }

                w.WriteStartArray("matches");
                foreach (var match in i.Matches)
                {
                    w.WriteStartObject();
                    w.WriteString("person", match.DisplayName);
                    w.WriteNumber("distance", Math.Round(match.Distance, 4));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                if (i.Nearest.Count > 0)
                {
                    var nearest = i.Nearest.Values.MinBy(n => n.Distance);
                    w.WriteStartObject("nearestEnrolled");
                    w.WriteString("person", nearest.Person);
                    w.WriteNumber("distance", Math.Round(nearest.Distance, 4));
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("nearestEnrolled");
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Every setting the figures depend on, with its configuration name.</summary>
    private static List<KeyValuePair<string, string>> Thresholds(Context c)
    {
        var t = c.Options.Thresholds;
        var f = c.Options.Faces;
        return
        [
            new("ImageScreening:Faces:PossibleMinorUnder", Invariant($"{f.PossibleMinorUnder:0.##} (apparent age, a model estimate)")),
            new("ImageScreening:Faces:LikelyMinorUnder", Invariant($"{f.LikelyMinorUnder:0.##}")),
            new("ImageScreening:Faces:DrawnAt", Invariant($"{f.DrawnAt:0.###} (max(Drawing, Hentai))")),
            new("Faces:MinFaceSize", Invariant($"{c.Faces.MinFaceSize} px (smaller faces: too small to judge)")),
            new("Faces:ScoreThreshold", Invariant($"{c.Faces.ScoreThreshold:0.###} (face detector)")),
            new("ImageScreening:Thresholds:ExplicitMedium", Invariant($"{t.ExplicitMedium:0.###} (max(Porn, Hentai) for Sexual 4: 'explicit')")),
            new("ImageScreening:Thresholds:ExplicitHigh", Invariant($"{t.ExplicitHigh:0.###} (Sexual 6)")),
            new("ImageScreening:Thresholds:ExplicitLow", Invariant($"{t.ExplicitLow:0.###} (Sexual 2)")),
            new("ImageScreening:Thresholds:SuggestiveAt", Invariant($"{t.SuggestiveAt:0.###} (Sexy, Sexual 2)")),
            .. c.People is { } p ? [new KeyValuePair<string, string>("People:MatchThreshold", Invariant($"{p.Threshold:0.###} (face descriptor distance; at or below: the enrolled person)"))] : Array.Empty<KeyValuePair<string, string>>(),
        ];
    }

    /// <summary>min / median / max of the images' nearest enrolled distances, with how many images had a recognisable face.</summary>
    private static string Spread(IEnumerable<EvaluatedImage> images)
    {
        var d = images.Select(i => i.NearestDistance).OfType<double>().Order().ToList();
        return d.Count == 0
            ? "- (no recognisable face)"
            : Invariant($"{d[0]:0.000} / {d[d.Count / 2]:0.000} / {d[^1]:0.000} (min / median / max, {d.Count} with a recognisable face)");
    }

    private static void WriteMatrix(TextWriter o, string title, List<string> columns, Func<ImageLabel, int, int> count)
    {
        o.WriteLine($"{title}:");
        o.WriteLine("  " + $"{"",-17}" + string.Concat(columns.Select(c => $" {c,16}")));
        foreach (var label in ImageLabels.All)
        {
            o.WriteLine("  " + $"{ImageLabels.Of(label),-17}" + string.Concat(Enumerable.Range(0, columns.Count).Select(i => Invariant($" {count(label, i),16}"))));
        }

        o.WriteLine();
    }

    private static string Signals(EvaluatedImage i)
    {
        var faces = i.Facts.Faces?.Faces ?? [];
        var ages = faces.Where(f => f.ApparentAge is not null && !f.TooSmallToJudge).Select(f => f.ApparentAge!.Value.ToString("0.#", CultureInfo.InvariantCulture)).ToList();
        var small = faces.Count(f => f.TooSmallToJudge);
        var s = i.Facts.Scores;
        var scores = s is null ? "unscreenable" : Invariant($"Porn {s.Porn:0.00}, Hentai {s.Hentai:0.00}, Sexy {s.Sexy:0.00}, Drawing {s.Drawing:0.00}");
        var people = i.Matches.Count > 0
            ? Invariant($", matched {i.Matches[0].DisplayName} at {i.Matches[0].Distance:0.000}")
            : i.Nearest.Count > 0 ? Invariant($", nearest enrolled {i.Nearest.Values.MinBy(n => n.Distance).Person} at {i.NearestDistance:0.000}") : "";
        return Invariant($"{faces.Count} faces{(ages.Count > 0 ? ", apparent ages " + string.Join(", ", ages) : "")}{(small > 0 ? $", {small} too small" : "")}{people}; {scores}");
    }

    private static string Ratio(int n, int d) => d == 0 ? "-" : Invariant($"{n}/{d} {100.0 * n / d:0.0} %");

    private static void WriteRate(Utf8JsonWriter w, string name, int n, int d)
    {
        if (d == 0)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, Math.Round((double)n / d, 4));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
