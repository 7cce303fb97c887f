using GenScreen.Images.Decoding;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>Colour checks with a tolerance, because lossy codecs (JPEG, lossy WebP, CMYK conversion) shift values slightly.</summary>
internal static class PixelAssert
{
    internal static readonly (byte R, byte G, byte B) Red = (255, 0, 0);
    internal static readonly (byte R, byte G, byte B) Green = (0, 255, 0);
    internal static readonly (byte R, byte G, byte B) Blue = (0, 0, 255);
    internal static readonly (byte R, byte G, byte B) Yellow = (255, 255, 0);
    internal static readonly (byte R, byte G, byte B) White = (255, 255, 255);
    internal static readonly (byte R, byte G, byte B) Grey = (128, 128, 128);

    internal static void Near(DecodedFrame frame, int x, int y, (byte R, byte G, byte B) expected, int tolerance)
    {
        var actual = frame.GetPixel(x, y);
        bool near = Math.Abs(actual.R - expected.R) <= tolerance
            && Math.Abs(actual.G - expected.G) <= tolerance
            && Math.Abs(actual.B - expected.B) <= tolerance;
        Assert.True(near, $"pixel ({x},{y}) of frame {frame.Index} is {actual}, expected {expected} ±{tolerance}");
    }

    /// <summary>The reference picture: 64x32, quadrants TL red, TR green, BL blue, BR yellow (sampled at their centres).</summary>
    internal static void Quadrants(DecodedFrame frame, int tolerance)
    {
        Near(frame, 16, 8, Red, tolerance);
        Near(frame, 48, 8, Green, tolerance);
        Near(frame, 16, 24, Blue, tolerance);
        Near(frame, 48, 24, Yellow, tolerance);
    }
}
