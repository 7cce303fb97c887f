using SkiaSharp;

namespace GenScreen.Integration.Tests.People;

/// <summary>
/// Real photographs for the protected-people tests, made from face-api's demo photos in node_modules (adults):
/// the reference photo is a crop of sample3.jpg around its middle face only (the enrolled "person"); the probe is the
/// whole group photo re-encoded at JPEG quality 70 and resized to 60 % (the enrolled face plus two unrelated ones).
/// </summary>
internal static class PeoplePhotos
{
    /// <summary>Around the middle face of sample3.jpg (face-api's crop 1021,250 268x268), clear of the neighbours' faces.</summary>
    private static readonly SKRectI EnrolledFaceRegion = SKRectI.Create(880, 100, 540, 620);

    public static string DemoPhoto(string repositoryRoot, string name) =>
        Path.Combine(repositoryRoot, "node_modules", "@vladmandic", "face-api", "demo", name + ".jpg");

    /// <summary>The enrolment photo: one face, JPEG quality 95.</summary>
    public static byte[] ReferencePhoto(string repositoryRoot)
    {
        using var photo = SKBitmap.Decode(DemoPhoto(repositoryRoot, "sample3"));
        using var crop = new SKBitmap();
        if (!photo.ExtractSubset(crop, EnrolledFaceRegion))
        {
            throw new InvalidOperationException("sample3.jpg is smaller than expected.");
        }

        using var data = crop.Encode(SKEncodedImageFormat.Jpeg, 95);
        return data.ToArray();
    }

    /// <summary>A whole demo photo resized (Mitchell) and re-encoded as JPEG at the given quality.</summary>
    public static byte[] Reencoded(string path, double scale, int quality)
    {
        using var photo = SKBitmap.Decode(path);
        using var resized = photo.Resize(new SKImageInfo((int)(photo.Width * scale), (int)(photo.Height * scale), SKColorType.Rgba8888, SKAlphaType.Opaque), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var data = resized.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }
}
