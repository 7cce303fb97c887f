using GenScreen.Images.Decoding;
using SkiaSharp;

namespace GenScreen.Images.Tests.Gif;

/// <summary>
/// The test GIF encoder, checked against two independent readers: SkiaSharp's GIF decoder and GenScreen's
/// <see cref="SafeImageDecoder"/> (whose managed structure walk must reach the trailer and agree with Skia on the
/// frame count). Palettes are exact, so every decoded pixel must equal its table colour.
/// </summary>
public sealed class Gif89aWriterTests
{
    /// <summary>Index patterns that exercise the LZW coder's edge cases.</summary>
    public static TheoryData<string> Patterns => new()
    {
        "noise-256", // about one code per pixel: widths up to 12 bits, the 4096-code table fills and is cleared several times
        "single-colour", // one long run: every code is the code-equals-next-free-code (KwKwK) case
        "two-colours", // minimum code size 2, a 2-entry colour table
        "three-colours", // a table padded from 3 to 4 entries
        "stripes-256", // repeated sequences of every index
        "one-pixel",
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Write_Pattern_SkiaDecodesEveryPixelExactly(string pattern)
    {
        var (width, height, frame) = Frame(pattern);
        var gif = Gif89aWriter.Write(width, height, [new GifFrame(frame.Palette, frame.Indices, 10)]);

        var decoded = SkiaFrames(gif);

        Assert.Equal(frame.ToRgb(), Assert.Single(decoded));
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Write_Pattern_SafeImageDecoderWalksAndDecodesItExactly(string pattern)
    {
        var (width, height, frame) = Frame(pattern);
        var gif = Gif89aWriter.Write(width, height, [new GifFrame(frame.Palette, frame.Indices, 10)]);

        var result = SafeImageDecoder.Decode(gif, "image/gif", "p.gif", new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal((ImageFormat.Gif, width, height, 1), (result.DetectedFormat, result.Width, result.Height, result.FrameCount));
        Assert.False(result.HasTransparency);
        Assert.Equal(frame.ToRgb(), Assert.Single(result.Frames).Rgb.ToArray());
    }

    [Fact]
    public void Write_Animation_BothDecodersSeeEveryFrameItsDelayAndTheLoop()
    {
        var a = Frame("noise-256").Frame;
        var b = Frame("three-colours").Frame;
        var c = Frame("stripes-256").Frame;
        var gif = Gif89aWriter.Write(128, 96, [new GifFrame(a.Palette, a.Indices, 10), new GifFrame(b.Palette, b.Indices, 25), new GifFrame(c.Palette, c.Indices, 7)]);

        using (var codec = SKCodec.Create(new MemoryStream(gif))!)
        {
            Assert.Equal(SKEncodedImageFormat.Gif, codec.EncodedFormat);
            Assert.Equal(3, codec.FrameCount);
            Assert.Equal(-1, codec.RepetitionCount); // NETSCAPE2.0 loop count 0: forever
            Assert.Equal([100, 250, 70], codec.FrameInfo.Select(f => f.Duration));
        }

        Assert.Equal([a.ToRgb(), b.ToRgb(), c.ToRgb()], SkiaFrames(gif));
        var result = SafeImageDecoder.Decode(gif, null, null, new ImageDecodeLimits(), CancellationToken.None);
        Assert.True(result.Succeeded, result.Message);
        Assert.Equal((3, 3), (result.FrameCount, result.FramesScreened));
        Assert.Equal([100, 250, 70], result.Frames.Select(f => f.DurationMs));
        Assert.Equal([a.ToRgb(), b.ToRgb(), c.ToRgb()], result.Frames.Select(f => f.Rgb.ToArray()));
    }

    [Fact]
    public void Write_LoopCount_IsWritten()
    {
        var frame = Frame("two-colours").Frame;
        var gif = Gif89aWriter.Write(128, 96, [new GifFrame(frame.Palette, frame.Indices, 10), new GifFrame(frame.Palette, frame.Indices, 10)], loopCount: 3);

        using var codec = SKCodec.Create(new MemoryStream(gif))!;

        Assert.Equal(3, codec.RepetitionCount);
    }

    [Fact]
    public void Write_IndexOutsideTheColourTable_Throws()
    {
        Assert.Throws<ArgumentException>(() => Gif89aWriter.Write(2, 1, [new GifFrame([0, 0, 0, 255, 255, 255, 9, 9, 9], [0, 3], 10)]));
    }

    [Fact]
    public void Quantize_FewerColoursThanTheTable_KeepsEveryColourExactly()
    {
        byte[] rgb = [.. Enumerable.Range(0, 300).SelectMany(i => new[] { (byte)(i % 5 * 60), (byte)(i % 7 * 40), (byte)(i % 3 * 100) })];

        var indexed = MedianCutQuantizer.Quantize(rgb);

        Assert.Equal(rgb, indexed.ToRgb());
    }

    [Fact]
    public void Quantize_MoreColoursThanTheTable_UsesTheWholeTableAndStaysClose()
    {
        // A smooth 64x64 gradient over all three channels has 4096 colours; 256 boxes keep it within a few levels.
        var rgb = new byte[64 * 64 * 3];
        for (int y = 0, i = 0; y < 64; y++)
        {
            for (int x = 0; x < 64; x++, i += 3)
            {
                (rgb[i], rgb[i + 1], rgb[i + 2]) = ((byte)(x * 4), (byte)(y * 4), (byte)((x + y) * 2));
            }
        }

        var indexed = MedianCutQuantizer.Quantize(rgb);

        Assert.Equal(256, indexed.Colours);
        var shown = indexed.ToRgb();
        double meanError = rgb.Zip(shown, (a, b) => Math.Abs(a - b)).Average();
        Assert.True(meanError < 4, $"mean error {meanError:F2} per channel");
    }

    private static (int Width, int Height, IndexedImage Frame) Frame(string pattern)
    {
        const int width = 128;
        const int height = 96;
        var random = new Random(pattern.Length);
        byte[] Palette(int colours) => [.. Enumerable.Range(0, colours * 3).Select(i => (byte)random.Next(256))];
        byte[] Indices(Func<int, int> index) => [.. Enumerable.Range(0, width * height).Select(i => (byte)index(i))];
        return pattern switch
        {
            "noise-256" => (width, height, new IndexedImage(Palette(256), Indices(_ => random.Next(256)))),
            "single-colour" => (width, height, new IndexedImage(Palette(1), Indices(_ => 0))),
            "two-colours" => (width, height, new IndexedImage(Palette(2), Indices(i => (i / 7) % 2))),
            "three-colours" => (width, height, new IndexedImage(Palette(3), Indices(i => (i / 5) % 3))),
            "stripes-256" => (width, height, new IndexedImage(Palette(256), Indices(i => i % 256))),
            "one-pixel" => (1, 1, new IndexedImage(Palette(4), [3])),
            _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, null),
        };
    }

    /// <summary>Every frame decoded by Skia on its own (each covers the canvas), as RGB24.</summary>
    private static List<byte[]> SkiaFrames(byte[] gif)
    {
        using var codec = SKCodec.Create(new MemoryStream(gif)) ?? throw new InvalidOperationException("Skia cannot read the GIF.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var frames = new List<byte[]>();
        for (int i = 0; i < Math.Max(1, codec.FrameCount); i++)
        {
            using var bitmap = new SKBitmap(info);
            Assert.Equal(SKCodecResult.Success, codec.GetPixels(info, bitmap.GetPixels(), new SKCodecOptions(i)));
            var rgba = bitmap.GetPixelSpan();
            var rgb = new byte[info.Width * info.Height * 3];
            for (int p = 0, q = 0; p < rgb.Length; p += 3, q += 4)
            {
                Assert.Equal(255, rgba[q + 3]);
                (rgb[p], rgb[p + 1], rgb[p + 2]) = (rgba[q], rgba[q + 1], rgba[q + 2]);
            }

            frames.Add(rgb);
        }

        return frames;
    }
}
