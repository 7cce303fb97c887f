using GenScreen.Images.Decoding;

namespace GenScreen.ModelImport.Quantization;

/// <summary>
/// The fixed calibration set of every int8 model: the six demo photographs that ship in the npm package
/// <c>@vladmandic/face-api</c> (<c>demo/sample1.jpg</c> … <c>sample6.jpg</c>, MIT, in node_modules whenever the face
/// models can be imported), decoded by the run-time decoder. They are real photos of people, several faces each; the
/// parity tests measure the quantized models on other images (skimage's samples), so calibration and evaluation do not overlap.
/// </summary>
internal static class CalibrationImages
{
    public const string PackageName = "@vladmandic/face-api";

    public static readonly string[] Files = ["demo/sample1.jpg", "demo/sample2.jpg", "demo/sample3.jpg", "demo/sample4.jpg", "demo/sample5.jpg", "demo/sample6.jpg"];

    /// <summary>E.g. for the model metadata: <c>npm:@vladmandic/face-api demo/sample1.jpg … sample6.jpg</c>.</summary>
    public static string Description => $"npm:{PackageName} {string.Join(' ', Files)}";

    /// <summary>The face-api package directory beside another package's in the same node_modules.</summary>
    public static string PackageBeside(string packageDirectory) =>
        Path.GetFullPath(Path.Combine(packageDirectory, Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(packageDirectory)))?.StartsWith('@') == true ? "../.." : "..", PackageName));

    /// <summary>
    /// Build-time decoding is not a request: the run-time decode deadline (10 s) guards a server against hostile files,
    /// while these are six fixed package files on a build machine that may be busy, so only the size limits apply.
    /// </summary>
    private static readonly ImageDecodeLimits BuildTimeLimits = new() { MaxDecodeTime = TimeSpan.FromMinutes(10) };

    /// <summary>Each image's first frame as RGB24.</summary>
    public static IEnumerable<(byte[] Rgb, int Width, int Height)> Decode(string faceApiPackageDirectory)
    {
        foreach (var file in Files)
        {
            var path = Path.Combine(faceApiPackageDirectory, file);
            var result = SafeImageDecoder.Decode(File.ReadAllBytes(path), null, path, BuildTimeLimits, CancellationToken.None);
            if (!result.Succeeded)
            {
                throw new InvalidDataException($"Calibration image {path} did not decode: {result.Message}");
            }

            var frame = result.Frames[0];
            yield return (frame.Rgb.ToArray(), frame.Width, frame.Height);
        }
    }
}
