using GenScreen.Images.Faces;

namespace GenScreen.Images.Tests.Faces;

/// <summary>face-api's padToSquare placement (bottom/right for the detector, centred with the odd pixel after for the face nets) and tfjs's resizeBilinear.</summary>
public sealed class FaceImageResamplerTests
{
    [Fact]
    public void Centred_ThreeByOne_PadsOneRowAboveAndOneBelow()
    {
        var output = new float[3 * 3 * 3];
        FaceImageResampler.Resample(White(3, 1), 3, 0, 0, 3, 1, FaceImageResampler.Padding.Centred, 3, output);
        Assert.Equal([0f, 255f, 0f], Rows(output, 3));
    }

    [Fact]
    public void Centred_FourByOne_PutsTheOddPaddingRowAfter()
    {
        var output = new float[4 * 4 * 3];
        FaceImageResampler.Resample(White(4, 1), 4, 0, 0, 4, 1, FaceImageResampler.Padding.Centred, 4, output);

        // diff 3: Math.round(1.5) = 2 rows after, 1 before (JS rounds halves up).
        Assert.Equal([0f, 255f, 0f, 0f], Rows(output, 4));
    }

    [Fact]
    public void BottomRight_ThreeByOne_PadsBelowOnly()
    {
        var output = new float[3 * 3 * 3];
        FaceImageResampler.Resample(White(3, 1), 3, 0, 0, 3, 1, FaceImageResampler.Padding.BottomRight, 3, output);
        Assert.Equal([255f, 0f, 0f], Rows(output, 3));
    }

    [Fact]
    public void Downscale_TwoToOne_TakesTheTopLeftSampleAsTfjsDoes()
    {
        // align_corners=false, half_pixel_centers=false: destination 0 reads source 0 exactly.
        byte[] rgb = [10, 10, 10, 200, 200, 200, 200, 200, 200, 200, 200, 200];
        var output = new float[3];
        FaceImageResampler.Resample(rgb, 2, 0, 0, 2, 2, FaceImageResampler.Padding.Centred, 1, output);
        Assert.Equal([10f, 10f, 10f], output);
    }

    [Fact]
    public void Crop_ReadsOnlyTheRectangle()
    {
        // A 4x1 frame whose middle two pixels are the crop: the rest of the frame must not leak in.
        byte[] rgb = [1, 1, 1, 50, 50, 50, 60, 60, 60, 2, 2, 2];
        var output = new float[2 * 2 * 3];
        FaceImageResampler.Resample(rgb, 4, 1, 0, 2, 1, FaceImageResampler.Padding.BottomRight, 2, output);
        Assert.Equal([50f, 50f, 50f, 60f, 60f, 60f, 0f, 0f, 0f, 0f, 0f, 0f], output);
    }

    /// <summary>
    /// The resampler's fast path (no padding test inside the rectangle) against tfjs's formula written out per sample
    /// (<see cref="ReferenceResample"/>): bit-for-bit equal on random pixels, rectangles of every shape, both paddings,
    /// upscaling and downscaling, so the parity measured against face-api carries over unchanged.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Resample_RandomRectangles_BitIdenticalToThePerSampleFormula(int seed)
    {
        var random = new Random(seed);
        var (frameWidth, frameHeight) = (random.Next(40, 300), random.Next(40, 300));
        var rgb = new byte[frameWidth * frameHeight * 3];
        random.NextBytes(rgb);
        for (var i = 0; i < 40; i++)
        {
            var (width, height) = (random.Next(1, frameWidth + 1), random.Next(1, frameHeight + 1));
            var (x, y) = (random.Next(0, frameWidth - width + 1), random.Next(0, frameHeight - height + 1));
            var padding = i % 2 == 0 ? FaceImageResampler.Padding.Centred : FaceImageResampler.Padding.BottomRight;
            var size = random.Next(1, 2 * Math.Max(width, height) + 2);
            var actual = new float[size * size * 3];
            var expected = new float[size * size * 3];
            FaceImageResampler.Resample(rgb, frameWidth, x, y, width, height, padding, size, actual);
            ReferenceResample(rgb, frameWidth, x, y, width, height, padding, size, expected);
            var first = Enumerable.Range(0, expected.Length).FirstOrDefault(j => BitConverter.SingleToInt32Bits(actual[j]) != BitConverter.SingleToInt32Bits(expected[j]), -1);
            Assert.True(first < 0, $"({x},{y},{width}x{height}) {padding} → {size}²: value {first} is {(first < 0 ? 0 : actual[first])}, expected {(first < 0 ? 0 : expected[first])}");
        }
    }

    /// <summary>
    /// The planar resample's vector path (corners read per sample, then interpolated, narrowed and normalized a vector at a
    /// time) against tfjs's formula written out per sample and normalized in float32: bit for bit on random pixels,
    /// rectangles of every shape (runs of every length, so every vector tail), both paddings, up- and downscaling.
    /// </summary>
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void ResamplePlanar_RandomRectangles_BitIdenticalToThePerSampleFormula(int seed)
    {
        var random = new Random(seed);
        var (frameWidth, frameHeight) = (random.Next(40, 300), random.Next(40, 300));
        var rgb = new byte[frameWidth * frameHeight * 3];
        random.NextBytes(rgb);
        float[] mean = [.. FaceModelNames.FaceMeanRgb];
        for (var i = 0; i < 40; i++)
        {
            var (width, height) = (random.Next(1, frameWidth + 1), random.Next(1, frameHeight + 1));
            var (x, y) = (random.Next(0, frameWidth - width + 1), random.Next(0, frameHeight - height + 1));
            var padding = i % 2 == 0 ? FaceImageResampler.Padding.Centred : FaceImageResampler.Padding.BottomRight;
            var size = random.Next(1, 2 * Math.Max(width, height) + 2);
            var planar = new float[size * size * 3];
            var interleaved = new float[size * size * 3];
            FaceImageResampler.ResamplePlanar(rgb, frameWidth, x, y, width, height, padding, size, mean, planar);
            ReferenceResample(rgb, frameWidth, x, y, width, height, padding, size, interleaved);
            var plane = size * size;
            var first = Enumerable.Range(0, planar.Length).FirstOrDefault(
                j => BitConverter.SingleToInt32Bits(planar[j]) != BitConverter.SingleToInt32Bits((interleaved[((j % plane) * 3) + (j / plane)] - mean[j / plane]) / 255f), -1);
            Assert.True(first < 0, $"({x},{y},{width}x{height}) {padding} → {size}²: planar value {first} differs from the per-sample formula");
        }
    }

    /// <summary>
    /// The planar input of the tiny detector and the face nets: each plane holds its channel of the interleaved resample,
    /// normalized as the graphs used to (<c>Sub</c> then <c>Div</c> in float32), bit for bit, so moving the normalization
    /// out of the models changes no value the first convolutions see.
    /// </summary>
    [Theory]
    [InlineData(1, false, 416)]
    [InlineData(2, true, 112)]
    public void ResamplePlanar_IsTheInterleavedResampleNormalizedPerPlane(int seed, bool centred, int size)
    {
        // The resampler is internal, so the theory names its padding by a bool (a public test cannot take an internal enum).
        var padding = centred ? FaceImageResampler.Padding.Centred : FaceImageResampler.Padding.BottomRight;
        var random = new Random(seed);
        var (frameWidth, frameHeight) = (random.Next(200, 600), random.Next(200, 600));
        var rgb = new byte[frameWidth * frameHeight * 3];
        random.NextBytes(rgb);
        var (x, y, width, height) = (7, 11, frameWidth - 20, frameHeight - 30);
        float[] mean = padding == FaceImageResampler.Padding.BottomRight ? [.. FaceModelNames.TinyMeanRgb] : [.. FaceModelNames.FaceMeanRgb];
        var interleaved = new float[size * size * 3];
        var planar = new float[size * size * 3];
        FaceImageResampler.Resample(rgb, frameWidth, x, y, width, height, padding, size, interleaved);
        FaceImageResampler.ResamplePlanar(rgb, frameWidth, x, y, width, height, padding, size, mean, planar);

        var plane = size * size;
        for (var i = 0; i < plane; i++)
        {
            for (var ch = 0; ch < 3; ch++)
            {
                var expected = (interleaved[(i * 3) + ch] - mean[ch]) / 255f;
                Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(planar[(ch * plane) + i]));
            }
        }
    }

    /// <summary>
    /// The detector's input resized in bands of rows (as the analyzer does on both cores): the bands, written in any order
    /// into one destination, are the whole resample bit for bit and touch no row outside their own.
    /// </summary>
    [Theory]
    [InlineData(3, false, 416, 2)]
    [InlineData(4, false, 416, 3)]
    [InlineData(5, true, 112, 5)]
    public void ResamplePlanarRows_BandsInAnyOrder_AreTheWholeResample(int seed, bool centred, int size, int bands)
    {
        var padding = centred ? FaceImageResampler.Padding.Centred : FaceImageResampler.Padding.BottomRight;
        var random = new Random(seed);
        var (frameWidth, frameHeight) = (random.Next(200, 1100), random.Next(200, 1100));
        var rgb = new byte[frameWidth * frameHeight * 3];
        random.NextBytes(rgb);
        var (x, y, width, height) = (3, 5, frameWidth - 9, frameHeight - 13);
        float[] mean = [.. FaceModelNames.TinyMeanRgb];
        var whole = new float[size * size * 3];
        FaceImageResampler.ResamplePlanar(rgb, frameWidth, x, y, width, height, padding, size, mean, whole);

        var banded = new float[size * size * 3];
        Array.Fill(banded, float.NaN);
        for (var band = bands - 1; band >= 0; band--)
        {
            var (first, end) = (band * size / bands, (band + 1) * size / bands);
            FaceImageResampler.ResamplePlanarRows(rgb, frameWidth, x, y, width, height, padding, size, mean, banded, first, end);
            for (var ch = 0; ch < 3; ch++)
            {
                // Rows before this band are still unwritten: the band stayed inside its rows.
                Assert.True(first == 0 || float.IsNaN(banded[(ch * size * size) + (first * size) - 1]));
            }
        }

        Assert.Equal(whole.Select(BitConverter.SingleToInt32Bits), banded.Select(BitConverter.SingleToInt32Bits));
    }

    /// <summary>tfjs's resizeBilinear of the zero-padded square, one sample at a time (what the resampler was before its fast path).</summary>
    private static void ReferenceResample(byte[] rgb, int frameWidth, int x, int y, int width, int height, FaceImageResampler.Padding padding, int size, float[] destination)
    {
        var side = Math.Max(width, height);
        var diff = side - Math.Min(width, height);
        var after = padding == FaceImageResampler.Padding.Centred ? (int)Math.Floor((diff * 0.5) + 0.5) : diff;
        var (padTop, padLeft) = height < width ? (diff - after, 0) : (0, diff - after);
        var scale = (double)side / size;
        double Pixel(int row, int column, int channel)
        {
            var (r, c) = (row - padTop, column - padLeft);
            return r < 0 || r >= height || c < 0 || c >= width ? 0 : rgb[((((y + r) * frameWidth) + x + c) * 3) + channel];
        }

        for (var r = 0; r < size; r++)
        {
            var sourceRow = scale * r;
            var (r0, r1) = (Math.Max(0, (int)Math.Floor(sourceRow)), Math.Min(side - 1, (int)Math.Ceiling(sourceRow)));
            for (var c = 0; c < size; c++)
            {
                var sourceColumn = scale * c;
                var (c0, c1) = (Math.Max(0, (int)Math.Floor(sourceColumn)), Math.Min(side - 1, (int)Math.Ceiling(sourceColumn)));
                for (var ch = 0; ch < 3; ch++)
                {
                    var t = Pixel(r0, c0, ch) + ((Pixel(r0, c1, ch) - Pixel(r0, c0, ch)) * (sourceColumn - c0));
                    var b = Pixel(r1, c0, ch) + ((Pixel(r1, c1, ch) - Pixel(r1, c0, ch)) * (sourceColumn - c0));
                    destination[(((r * size) + c) * 3) + ch] = (float)(t + ((b - t) * (sourceRow - r0)));
                }
            }
        }
    }

    private static byte[] White(int width, int height) => Enumerable.Repeat((byte)255, width * height * 3).ToArray();

    /// <summary>The red value of each row's first pixel.</summary>
    private static float[] Rows(float[] output, int size) => [.. Enumerable.Range(0, size).Select(r => output[r * size * 3])];
}
