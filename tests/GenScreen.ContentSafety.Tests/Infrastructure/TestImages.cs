using System.Buffers.Binary;
using SkiaSharp;

namespace GenScreen.ContentSafety.Tests;

/// <summary>
/// Images made in memory for the limit and preparer tests: PNGs encoded by SkiaSharp, and the formats Skia
/// does not write (BMP, TIFF, TGA) laid out byte by byte from their specifications.
/// </summary>
internal static class TestImages
{
    private static readonly SKColor DefaultColour = new(40, 120, 200, 255);

    /// <summary>A solid PNG; the colour is stored unpremultiplied, so a transparent colour keeps its RGB in the file.</summary>
    public static BinaryData Png(int width, int height, SKColor? color = null)
    {
        SKColor c = color ?? DefaultColour;
        return Encode(width, height, c.Alpha == 255 ? SKAlphaType.Opaque : SKAlphaType.Unpremul, pixel =>
        {
            pixel[0] = c.Red;
            pixel[1] = c.Green;
            pixel[2] = c.Blue;
            pixel[3] = c.Alpha;
        });
    }

    /// <summary>Random opaque pixels: incompressible, so the PNG is large for its size.</summary>
    public static BinaryData NoisePng(int width, int height, int seed = 7)
    {
        var random = new Random(seed);
        return Encode(width, height, SKAlphaType.Opaque, pixel =>
        {
            random.NextBytes(pixel[..3]);
            pixel[3] = 255;
        });
    }

    /// <summary>Uncompressed 32-bit TGA 2.0 (18-byte header, BGRA rows top-down, 26-byte footer).</summary>
    public static BinaryData Tga(int width, int height, SKColor color)
    {
        var file = new byte[18 + (width * height * 4) + 26];
        file[2] = 2; // uncompressed true-colour
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(14), (ushort)height);
        file[16] = 32;
        file[17] = 0x28; // 8 alpha bits, top-left origin
        for (int i = 18; i < file.Length - 26; i += 4)
        {
            (file[i], file[i + 1], file[i + 2], file[i + 3]) = (color.Blue, color.Green, color.Red, color.Alpha);
        }

        "TRUEVISION-XFILE.\0"u8.CopyTo(file.AsSpan(file.Length - 18));
        return new BinaryData(file);
    }

    /// <summary>24-bit BMP with a BITMAPINFOHEADER, rows bottom-up and padded to 4 bytes.</summary>
    public static BinaryData Bmp(int width, int height)
    {
        int stride = ((width * 3) + 3) & ~3;
        var file = new byte[54 + (stride * height)];
        "BM"u8.CopyTo(file);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(2), file.Length);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(22), height);
        BinaryPrimitives.WriteInt16LittleEndian(file.AsSpan(26), 1); // planes
        BinaryPrimitives.WriteInt16LittleEndian(file.AsSpan(28), 24);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(34), stride * height);
        file.AsSpan(54).Fill(0x80);
        return new BinaryData(file);
    }

    /// <summary>
    /// Uncompressed 8-bit greyscale TIFF, one strip: header, the pixels, then the IFD with the baseline tags in
    /// ascending order; little-endian ("II") or big-endian ("MM").
    /// </summary>
    public static BinaryData Tiff(int width, int height, bool bigEndian = false)
    {
        (ushort Tag, ushort Type, uint Value)[] tags =
        [
            (256, 4, (uint)width), // ImageWidth, LONG
            (257, 4, (uint)height), // ImageLength, LONG
            (258, 3, 8), // BitsPerSample
            (259, 3, 1), // Compression: none
            (262, 3, 1), // PhotometricInterpretation: BlackIsZero
            (273, 4, 8), // StripOffsets: right after the header
            (277, 3, 1), // SamplesPerPixel
            (278, 4, (uint)height), // RowsPerStrip
            (279, 4, (uint)(width * height)), // StripByteCounts
        ];
        int ifd = 8 + (width * height);
        ifd += ifd & 1; // IFDs start on a word boundary
        var file = new byte[ifd + 2 + (12 * tags.Length) + 4];
        (bigEndian ? "MM\0*"u8 : "II*\0"u8).CopyTo(file);
        WriteUInt32(file.AsSpan(4), (uint)ifd, bigEndian);
        file.AsSpan(8, width * height).Fill(0x80);
        WriteUInt16(file.AsSpan(ifd), (ushort)tags.Length, bigEndian);
        for (int i = 0; i < tags.Length; i++)
        {
            var entry = file.AsSpan(ifd + 2 + (12 * i), 12);
            WriteUInt16(entry, tags[i].Tag, bigEndian);
            WriteUInt16(entry[2..], tags[i].Type, bigEndian);
            WriteUInt32(entry[4..], 1, bigEndian);
            // A SHORT sits in the first two bytes of the value field, whatever the byte order.
            if (tags[i].Type == 3)
            {
                WriteUInt16(entry[8..], (ushort)tags[i].Value, bigEndian);
            }
            else
            {
                WriteUInt32(entry[8..], tags[i].Value, bigEndian);
            }
        }

        return new BinaryData(file);
    }

    /// <summary>The pixel as a viewer composes it: decoded premultiplied and returned unpremultiplied by Skia.</summary>
    public static SKColor PixelAt(BinaryData image, int x, int y)
    {
        using SKBitmap decoded = SKBitmap.Decode(image.ToArray()) ?? throw new InvalidOperationException("Skia could not decode the image.");
        return decoded.GetPixel(x, y);
    }

    /// <summary>The pixel exactly as stored: RGB kept under any alpha, including 0.</summary>
    public static SKColor StoredPixelAt(BinaryData image, int x, int y)
    {
        using SKCodec codec = SKCodec.Create(new MemoryStream(image.ToArray())) ?? throw new InvalidOperationException("Skia could not read the image.");
        using var bitmap = new SKBitmap(codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Unpremul));
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(bitmap.Info, bitmap.GetPixels()));
        var pixel = bitmap.GetPixelSpan().Slice(((y * bitmap.Width) + x) * 4, 4);
        return new SKColor(pixel[0], pixel[1], pixel[2], pixel[3]);
    }

    public static (int Width, int Height, string Mime) Identify(BinaryData image)
    {
        using SKCodec codec = SKCodec.Create(new MemoryStream(image.ToArray())) ?? throw new InvalidOperationException("Skia could not read the image.");
        string mime = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => "image/jpeg",
            SKEncodedImageFormat.Png => "image/png",
            SKEncodedImageFormat.Gif => "image/gif",
            SKEncodedImageFormat.Webp => "image/webp",
            SKEncodedImageFormat.Bmp => "image/bmp",
            var other => other.ToString(),
        };
        return (codec.Info.Width, codec.Info.Height, mime);
    }

    /// <summary>The first <paramref name="length"/> bytes: a file cut short.</summary>
    public static BinaryData Cut(BinaryData image, int length) => new(image.ToArray().AsMemory(0, length));

    private static BinaryData Encode(int width, int height, SKAlphaType alphaType, SpanAction fill)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, alphaType));
        Span<byte> pixels = bitmap.GetPixelSpan();
        for (int i = 0; i < pixels.Length; i += 4)
        {
            fill(pixels.Slice(i, 4));
        }

        using SKData data = bitmap.Encode(SKEncodedImageFormat.Png, 100) ?? throw new InvalidOperationException("Skia could not encode the PNG.");
        return new BinaryData(data.ToArray());
    }

    private delegate void SpanAction(Span<byte> pixel);

    private static void WriteUInt16(Span<byte> span, ushort value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span, value);
        }
    }

    private static void WriteUInt32(Span<byte> span, uint value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span, value);
        }
    }
}
