using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using GenScreen.Images.People;
using GenScreen.Images.Tests.Nsfw;
using Xunit.Abstractions;

namespace GenScreen.Images.Tests.People;

/// <summary>
/// GenScreen's ONNX recognition net against face-api itself (node, tfjs wasm backend) on the faces face-api finds in
/// real photographs (its six demo photos and skimage's astronaut): from face-api's 68 landmarks our crop procedure must
/// give face-api's crop box, both sides must build a bit-identical 150x150 input, and descriptors may then differ only
/// by float rounding between the engines.
/// </summary>
[Collection(FaceRecognitionModelGroup.Name)]
public sealed class FaceRecognitionParityTests(FaceRecognitionModelFixture fixture, ITestOutputHelper output)
{
    /// <summary>Per component of the 128-d descriptor (face-api's values are about ±0.2).</summary>
    private const double ComponentTolerance = 1e-3;

    /// <summary>On the Euclidean distance between any two faces (the quantity the 0.6 threshold applies to).</summary>
    private const double DistanceTolerance = 1e-3;

    [Fact]
    public void Embed_FacesInRealPhotosVersusFaceApi_WithinOneThousandth()
    {
        var root = fixture.RepositoryRoot;
        fixture.EnsureNodeModules();
        var pngs = FaceApiDemoPhotos.EnsurePngs(root).ToList();
        pngs.Add(Path.Combine(SkimageSamples.EnsureCached(root), "astronaut.png"));
        var reference = FaceApiReference.Describe(root, pngs);

        var ours = new List<float[]>();
        var theirs = new List<float[]>();
        var maxComponent = 0.0;
        foreach (var image in reference)
        {
            var (rgb, width, height) = PngRgbDecoder.Decode(image.Path);
            Assert.True(image.RgbSha256 == Sha256(rgb), $"{image.Path}: SkiaSharp and pngjs decoded different pixels.");
            foreach (var face in image.Faces)
            {
                Assert.Equal(face.Crop, FaceRecognitionCrop.FromLandmarks68(face.Landmarks, width, height));
                var tensor = FaceRecognitionPreprocessing.ToInputTensor(rgb, width, height, face.Crop);
                Assert.True(face.InputSha256 == Sha256(MemoryMarshal.AsBytes(tensor.AsSpan())), $"{Path.GetFileName(image.Path)} {face.Crop}: the 150x150 input differs from face-api's.");
                var descriptor = fixture.Embedder.Embed(rgb, width, height, face.Crop);
                var diff = descriptor.Zip(face.Descriptor, (a, b) => Math.Abs(a - b)).Max();
                maxComponent = Math.Max(maxComponent, diff);
                Assert.True(diff <= ComponentTolerance, $"{Path.GetFileName(image.Path)} {face.Crop}: max |Δ| {diff:E3} > {ComponentTolerance}");
                ours.Add(descriptor);
                theirs.Add(face.Descriptor);
            }
        }

        Assert.True(ours.Count >= 20, $"face-api found only {ours.Count} faces in the photos.");
        var maxDistanceDiff = 0.0;
        for (var i = 0; i < ours.Count; i++)
        {
            for (var j = i + 1; j < ours.Count; j++)
            {
                var d = Math.Abs(FaceDistance.Euclidean(ours[i], ours[j]) - FaceDistance.Euclidean(theirs[i], theirs[j]));
                maxDistanceDiff = Math.Max(maxDistanceDiff, d);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ours.Count} faces in {reference.Count} photos: max |Δ| per component {maxComponent:E3}, max |Δ distance| {maxDistanceDiff:E3}; {FaceRecognitionModelInfo.ModelVersion(FaceRecognitionModelInfo.Sha256)}"));
        Assert.True(maxDistanceDiff <= DistanceTolerance, $"max |Δ distance| {maxDistanceDiff:E3} > {DistanceTolerance}");
    }

    private static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
