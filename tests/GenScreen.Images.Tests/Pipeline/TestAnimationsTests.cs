using GenScreen.Images.Decoding;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Tests.Nsfw;

namespace GenScreen.Images.Tests.Pipeline;

/// <summary>
/// The animations the screening tests are built from must show the classifier what the pictures show: 256-colour
/// median cut keeps every class score within 0.02 of the unquantized resized picture (measured: chelsea Drawing
/// 0.0011 both, green_palette Drawing 0.9560 both, microaneurysms Porn 0.8237 both; a fixed 6x7x6 colour cube
/// would move chelsea's Drawing score to 0.91 and break the "photos alone are allowed" control).
/// </summary>
[Collection(NsfwModelGroup.Name)]
public sealed class TestAnimationsTests(NsfwModelFixture fixture)
{
    [Theory]
    [InlineData("chelsea")]
    [InlineData("green_palette")]
    [InlineData("microaneurysms")]
    public void Gif_FrameScores_MatchTheUnquantizedPicture(string sample)
    {
        var path = Path.Combine(SkimageSamples.EnsureCached(fixture.RepositoryRoot), sample + ".png");
        var original = fixture.Classifier.Classify(TestAnimations.ResizedRgb(path, 256), 256, 256);

        var result = SafeImageDecoder.Decode(TestAnimations.Gif([path]), null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        var frame = Assert.Single(result.Frames);
        var shown = fixture.Classifier.Classify(frame.Rgb.Span, frame.Width, frame.Height);
        foreach (var c in Enum.GetValues<NsfwClass>())
        {
            Assert.True(Math.Abs(shown[c] - original[c]) <= 0.02, $"{sample} {c}: {shown[c]:F4} in the GIF, {original[c]:F4} unquantized");
        }
    }

    [Fact]
    public void Gif_RepeatedPictures_EveryFrameWithTheDelay()
    {
        var dir = SkimageSamples.EnsureCached(fixture.RepositoryRoot);

        var gif = TestAnimations.Gif(Path.Combine(dir, "chelsea.png"), Path.Combine(dir, "green_palette.png"), 5, [1, 3], size: 64);

        var result = SafeImageDecoder.Decode(gif, null, null, new ImageDecodeLimits(), CancellationToken.None);
        Assert.True(result.Succeeded, result.Message);
        Assert.Equal((64, 64, 5), (result.Width, result.Height, result.FramesScreened));
        Assert.All(result.Frames, f => Assert.Equal(TestAnimations.FrameDelayCentiseconds * 10, f.DurationMs));
        var frames = result.Frames.Select(f => f.Rgb.ToArray()).ToList();
        Assert.Equal(frames[0], frames[2]);
        Assert.Equal(frames[1], frames[3]);
        Assert.NotEqual(frames[0], frames[1]);
    }
}
