using GenScreen.Images.Decoding;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>
/// The same stored 64x32 quadrant picture tagged with each EXIF orientation. Expected corners are the EXIF
/// definitions worked out by hand, and agree with ImageMagick's -auto-orient on these files.
/// </summary>
public sealed class SafeImageDecoderOrientationTests
{
    public static TheoryData<int, int, int, string> Orientations => new()
    {
        // orientation, width, height, corners TL TR BL BR (R red, G green, B blue, Y yellow)
        { 1, 64, 32, "RGBY" },
        { 2, 64, 32, "GRYB" },
        { 3, 64, 32, "YBGR" },
        { 4, 64, 32, "BYRG" },
        { 5, 32, 64, "RBGY" },
        { 6, 32, 64, "BRYG" },
        { 7, 32, 64, "YGBR" },
        { 8, 32, 64, "GYRB" },
    };

    [Theory]
    [MemberData(nameof(Orientations))]
    public void Decode_ExifOrientation_RotatesAndMirrorsToDisplayOrientation(int orientation, int width, int height, string corners)
    {
        var file = $"orientation-{orientation}.jpg";

        var result = SafeImageDecoder.Decode(DecodingFixtures.Read(file), "image/jpeg", file, new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(orientation, result.ExifOrientation);
        Assert.Equal((width, height), (result.Width, result.Height));
        var frame = Assert.Single(result.Frames);
        Assert.Equal((width, height), (frame.Width, frame.Height));
        const int inset = 4;
        PixelAssert.Near(frame, inset, inset, Colour(corners[0]), 3);
        PixelAssert.Near(frame, width - 1 - inset, inset, Colour(corners[1]), 3);
        PixelAssert.Near(frame, inset, height - 1 - inset, Colour(corners[2]), 3);
        PixelAssert.Near(frame, width - 1 - inset, height - 1 - inset, Colour(corners[3]), 3);
    }

    private static (byte R, byte G, byte B) Colour(char c) => c switch
    {
        'R' => PixelAssert.Red,
        'G' => PixelAssert.Green,
        'B' => PixelAssert.Blue,
        'Y' => PixelAssert.Yellow,
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };
}
