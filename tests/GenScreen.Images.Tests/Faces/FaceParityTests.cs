using System.Globalization;
using GenScreen.Images.Faces;
using Xunit.Abstractions;

namespace GenScreen.Images.Tests.Faces;

/// <summary>
/// GenScreen's face pipeline against face-api itself (node, tfjs wasm backend) on the same decoded pixels of real
/// photographs: face-api's six demo photos (adult groups) and skimage's astronaut, with either detector. Same faces in the same order;
/// boxes, aligned rectangles and landmarks within 2 px, detector scores within 1e-3, apparent age within 0.5 years.
/// face-api runs once per test run for both cases (<see cref="FaceModelFixture.ParityReference"/>); on tfjs-wasm it agrees
/// with the pure-JS cpu backend to float rounding (docs/performance.md, "Session 22"), far inside these bounds.
/// </summary>
[Collection(FaceModelGroup.Name)]
public sealed class FaceParityTests(FaceModelFixture fixture, ITestOutputHelper output)
{
    private const double BoxTolerancePx = 2.0;
    private const double AgeToleranceYears = 0.5;
    private const double ScoreTolerance = 1e-3;

    [Theory]
    [InlineData(FaceDetectorKind.Ssd)]
    [InlineData(FaceDetectorKind.Tiny)]
    public void Analyze_RealPhotosVersusFaceApi_SameFacesWithinTolerance(FaceDetectorKind detector)
    {
        var (frames, run) = fixture.ParityReference;
        var reference = run.ByDetector[detector == FaceDetectorKind.Tiny ? "tiny" : "ssd"];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"face-api on tfjs-{run.Backend}: node start and model load {run.LoadMilliseconds:F0} ms (once for both detectors)"));

        // Every face is judged here (no size gate), so each of face-api's ages has a counterpart.
        using var analyzer = new FaceAnalyzer(fixture.FilesFor(detector), new FaceAnalyzerOptions { MinFaceSize = 1, MaxFaces = 100 });
        var worst = (Box: 0.0, Landmark: 0.0, Age: 0.0, Score: 0.0);
        var faces = 0;
        foreach (var ((name, frame), expected) in frames.Zip(reference))
        {
            var actual = analyzer.Analyze(frame).Faces;
            output.WriteLine($"{name} {frame.Width}x{frame.Height}: {actual.Count} faces (face-api {expected.Faces.Count}, {expected.Milliseconds:F0} ms)");
            Assert.True(expected.Faces.Count == actual.Count, $"{name}: {actual.Count} faces, face-api found {expected.Faces.Count}.");
            foreach (var (a, e) in actual.Zip(expected.Faces))
            {
                faces++;
                var box = MaxDiff(a.Detection, e.X, e.Y, e.Width, e.Height);
                var alignedRect = a.AlignedRect ?? throw new InvalidOperationException("judged face without an aligned rectangle");
                var aligned = MaxDiff(alignedRect, e.AlignedX, e.AlignedY, e.AlignedWidth, e.AlignedHeight);
                var landmark = a.Landmarks.Zip(e.Landmarks, (p, q) => Math.Max(Math.Abs(p.X - q[0]), Math.Abs(p.Y - q[1]))).Max();
                var age = Math.Abs(a.Signal.ApparentAge!.Value - e.Age);
                var score = Math.Abs(a.Signal.DetectorConfidence - e.Score);
                worst = (Math.Max(worst.Box, Math.Max(box, aligned)), Math.Max(worst.Landmark, landmark), Math.Max(worst.Age, age), Math.Max(worst.Score, score));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  score {a.Signal.DetectorConfidence:F4} box ({a.Detection.X:F1},{a.Detection.Y:F1},{a.Detection.Width:F1},{a.Detection.Height:F1}) age {a.Signal.ApparentAge:F2} vs {e.Age:F2} | Δbox {box:F3} Δaligned {aligned:F3} Δlandmark {landmark:F3} Δage {age:F4}"));
                Assert.True(box <= BoxTolerancePx && aligned <= BoxTolerancePx, $"{name}: box differs by {Math.Max(box, aligned):F2} px");
                Assert.True(landmark <= BoxTolerancePx, $"{name}: a landmark differs by {landmark:F2} px");
                Assert.True(age <= AgeToleranceYears, $"{name}: apparent age differs by {age:F3} years");
                Assert.True(score <= ScoreTolerance, $"{name}: detector score differs by {score:E2}");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{faces} faces on {frames.Count} photos; max Δbox {worst.Box:F4} px, max Δlandmark {worst.Landmark:F4} px, max Δage {worst.Age:F5} years, max Δscore {worst.Score:E2}"));
        Assert.True(faces >= (detector == FaceDetectorKind.Tiny ? 15 : 20), $"only {faces} faces compared");
    }

    private static double MaxDiff(FaceRect a, double x, double y, double width, double height) =>
        new[] { Math.Abs(a.X - x), Math.Abs(a.Y - y), Math.Abs(a.Width - width), Math.Abs(a.Height - height) }.Max();
}
