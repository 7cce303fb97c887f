using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Tga;
using SixLabors.ImageSharp.PixelFormats;

namespace GenScreen.ContentSafety.Tests;

/// <summary>Images made in memory for the limit and preparer tests.</summary>
internal static class TestImages
{
    public static BinaryData Png(int width, int height, Rgba32? color = null)
    {
        using var image = new Image<Rgba32>(width, height, color ?? new Rgba32(40, 120, 200, 255));
        using var buffer = new MemoryStream();
        image.SaveAsPng(buffer);
        return new BinaryData(buffer.ToArray());
    }

    /// <summary>Random opaque pixels: incompressible, so the PNG is large for its size.</summary>
    public static BinaryData NoisePng(int width, int height, int seed = 7)
    {
        var random = new Random(seed);
        using var image = new Image<Rgba32>(width, height);
        byte[] rgb = new byte[3];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                random.NextBytes(rgb);
                image[x, y] = new Rgba32(rgb[0], rgb[1], rgb[2], 255);
            }
        }

        using var buffer = new MemoryStream();
        image.SaveAsPng(buffer);
        return new BinaryData(buffer.ToArray());
    }

    public static BinaryData Tga(int width, int height, Rgba32 color)
    {
        using var image = new Image<Rgba32>(width, height, color);
        using var buffer = new MemoryStream();
        image.Save(buffer, new TgaEncoder { BitsPerPixel = TgaBitsPerPixel.Pixel32 });
        return new BinaryData(buffer.ToArray());
    }

    public static Rgba32 PixelAt(BinaryData image, int x, int y)
    {
        using Image<Rgba32> decoded = Image.Load<Rgba32>(image.ToArray());
        return decoded[x, y];
    }

    public static (int Width, int Height, string Mime) Identify(BinaryData image)
    {
        IImageInfo info = Image.Identify(image.ToArray(), out SixLabors.ImageSharp.Formats.IImageFormat format);
        return (info.Width, info.Height, format.DefaultMimeType);
    }
}
