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

    private static byte[] White(int width, int height) => Enumerable.Repeat((byte)255, width * height * 3).ToArray();

    /// <summary>The red value of each row's first pixel.</summary>
    private static float[] Rows(float[] output, int size) => [.. Enumerable.Range(0, size).Select(r => output[r * size * 3])];
}
