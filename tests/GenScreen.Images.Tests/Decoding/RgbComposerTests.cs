using GenScreen.Images.Decoding;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>
/// The composer's vector path (orientation 1) against the per-pixel definition (c + 255 - a over white), byte for
/// byte, on widths that leave every possible tail and heights across the 64-row bands; and the canvas pool's
/// promises (cleared on rent, bounded).
/// </summary>
public sealed class RgbComposerTests
{
    private static DecodeCancellation NoCancellation() => new(TimeProvider.System, TimeProvider.System.GetTimestamp(), TimeSpan.FromMinutes(5), CancellationToken.None);

    /// <summary>Random premultiplied RGBA (each channel at most its alpha); <paramref name="opaque"/>: alpha 255 everywhere.</summary>
    private static byte[] Premultiplied(int width, int height, int seed, bool opaque)
    {
        var random = new Random(seed);
        var rgba = new byte[width * height * 4];
        for (int i = 0; i < rgba.Length; i += 4)
        {
            int a = opaque ? 255 : random.Next(4) == 0 ? random.Next(256) : 255;
            rgba[i] = (byte)random.Next(a + 1);
            rgba[i + 1] = (byte)random.Next(a + 1);
            rgba[i + 2] = (byte)random.Next(a + 1);
            rgba[i + 3] = (byte)a;
        }

        return rgba;
    }

    private static byte[] Expected(byte[] rgba)
    {
        var rgb = new byte[rgba.Length / 4 * 3];
        for (int p = 0; p < rgba.Length / 4; p++)
        {
            int white = 255 - rgba[(4 * p) + 3];
            rgb[3 * p] = (byte)(rgba[4 * p] + white);
            rgb[(3 * p) + 1] = (byte)(rgba[(4 * p) + 1] + white);
            rgb[(3 * p) + 2] = (byte)(rgba[(4 * p) + 2] + white);
        }

        return rgb;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 1)]
    [InlineData(5, 70)]
    [InlineData(6, 3)]
    [InlineData(7, 129)]
    [InlineData(16, 64)]
    [InlineData(17, 65)]
    [InlineData(1023, 5)]
    [InlineData(1024, 130)]
    public void Compose_Upright_IsTheDefinitionByteForByte(int width, int height)
    {
        foreach (var opaque in new[] { true, false })
        {
            var rgba = Premultiplied(width, height, (width * 7919) + height, opaque);
            var rgb = new byte[width * height * 3];
            Array.Fill(rgb, (byte)0xA5); // every byte must be written

            RgbComposer.Compose(rgba, width, height, 1, NoCancellation(), rgb, out bool transparent);

            Assert.Equal(Expected(rgba), rgb);
            Assert.Equal(Enumerable.Range(0, width * height).Any(p => rgba[(4 * p) + 3] != 255), transparent);
        }
    }

    [Theory]
    [InlineData(0)] // inside the vector loop's first step
    [InlineData(3)] // its last pixel
    [InlineData(37)] // a later step
    [InlineData(63)] // the last pixel of the row (the scalar tail for this width)
    [InlineData(64 * 70)] // a later band
    public void Compose_Upright_OneTranslucentPixelAnywhere_IsReported(int pixel)
    {
        const int width = 64;
        const int height = 80;
        var rgba = Premultiplied(width, height, pixel, opaque: true);
        rgba[(4 * pixel) + 3] = 254;
        rgba[4 * pixel] = Math.Min(rgba[4 * pixel], (byte)254);
        rgba[(4 * pixel) + 1] = Math.Min(rgba[(4 * pixel) + 1], (byte)254);
        rgba[(4 * pixel) + 2] = Math.Min(rgba[(4 * pixel) + 2], (byte)254);
        var rgb = new byte[width * height * 3];

        RgbComposer.Compose(rgba, width, height, 1, NoCancellation(), rgb, out bool transparent);

        Assert.True(transparent);
        Assert.Equal(Expected(rgba), rgb);
    }

    [Fact]
    public void CanvasPool_RentedCanvasIsClearedOverTheRequestedLength_AndStaysBounded()
    {
        var dirty = CanvasPool.Rent(4096);
        Array.Fill(dirty, (byte)0xFF);
        CanvasPool.Return(dirty);

        var again = CanvasPool.Rent(4000);
        Assert.True(again.Length >= 4000);
        Assert.All(again.AsSpan(0, 4000).ToArray(), b => Assert.Equal(0, b));
        CanvasPool.Return(again);

        for (int i = 0; i < 2 * CanvasPool.MaxKept; i++)
        {
            CanvasPool.Return(GC.AllocateArray<byte>(1024 + i, pinned: true));
        }

        CanvasPool.Return(new byte[CanvasPool.MaxPooledBytes + 1]); // too large: dropped
        Assert.InRange(CanvasPool.KeptBytes, 0, (long)CanvasPool.MaxKept * CanvasPool.MaxPooledBytes);
    }
}
