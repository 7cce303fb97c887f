using SkiaSharp;

namespace GenScreen.Images.Tests.People;

/// <summary>
/// face-api's own demo photographs (<c>node_modules/@vladmandic/face-api/demo/sample1..6.jpg</c>, adults, groups), decoded
/// once with SkiaSharp and cached losslessly as PNG under <c>artifacts/test-data/faceapi-demo</c> (git-ignored) so that the
/// C# side and face-api in node (pngjs) read exactly the same pixels.
/// </summary>
internal static class FaceApiDemoPhotos
{
    public static readonly string[] Names = ["sample1", "sample2", "sample3", "sample4", "sample5", "sample6"];

    private static readonly Lock Gate = new();

    public static string JpegPath(string repositoryRoot, string name) =>
        Path.Combine(repositoryRoot, "node_modules", "@vladmandic", "face-api", "demo", name + ".jpg");

    /// <summary>Returns the PNG path of every demo photo, creating the cached copies on first use.</summary>
    public static IReadOnlyList<string> EnsurePngs(string repositoryRoot)
    {
        var cache = Path.Combine(repositoryRoot, "artifacts", "test-data", "faceapi-demo");
        lock (Gate)
        {
            Directory.CreateDirectory(cache);
            var paths = new List<string>();
            foreach (var name in Names)
            {
                var png = Path.Combine(cache, name + ".png");
                if (!File.Exists(png))
                {
                    using var bitmap = SKBitmap.Decode(JpegPath(repositoryRoot, name)) ?? throw new InvalidDataException($"SkiaSharp cannot decode {name}.jpg.");
                    using var opaque = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
                    Assert.True(bitmap.CopyTo(opaque, SKColorType.Rgba8888));
                    using var data = opaque.Encode(SKEncodedImageFormat.Png, 100);
                    var temp = $"{png}.{Guid.NewGuid():N}.tmp";
                    File.WriteAllBytes(temp, data.ToArray());
                    File.Move(temp, png, overwrite: true);
                }

                paths.Add(png);
            }

            return paths;
        }
    }
}
