using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Decoding;
using GenScreen.Images.Pipeline;
using GenScreen.Images.Tests.Nsfw;
using GenScreen.Images.Tests.People;
using Microsoft.Extensions.Options;

namespace GenScreen.Images.Tests.Hostile;

/// <summary>
/// A benign-looking photo cannot carry a sexual picture past the screener inside it. The host is skimage's chelsea (a
/// cat, allowed under strict); the hidden picture is face-api's demo sample2.jpg, a real photograph of three adults in
/// swimwear that MobileNetV2 scores Sexy ≈ 0.95 (reviewed under strict, docs/images.md), shrunk to thumbnail size. It is
/// hidden the three ways real files carry a second picture: EXIF thumbnail, multi-picture (MPF) image, appended JPEG.
/// </summary>
[Collection(NsfwModelGroup.Name)]
public sealed class EmbeddedPictureScreeningTests(NsfwModelFixture fixture)
{
    [Fact]
    public void Controls_TheCatAloneIsAllowed_TheThumbnailAloneIsNot()
    {
        var screener = Screener();

        var cat = screener.Screen(new ImageScreenRequest(Cat(), "image/jpeg", "cat.jpg", null), CancellationToken.None);
        var people = screener.Screen(new ImageScreenRequest(PeopleThumbnail(), "image/jpeg", "thumb.jpg", null), CancellationToken.None);

        Assert.Equal(Decision.Allow, cat.Verdict.Decision);
        Assert.NotEqual(Decision.Allow, people.Verdict.Decision);
        Assert.True(people.Facts.Scores!.Sexy > 0.5, $"the thumbnail scores Sexy {people.Facts.Scores.Sexy}");
    }

    [Theory]
    [InlineData("exif")]
    [InlineData("mpf")]
    [InlineData("appended")]
    public void Screen_CatWithASexualPictureInside_IsNotAllowed(string how)
    {
        var file = Hide(how, Cat(), PeopleThumbnail());

        var result = Screener().Screen(new ImageScreenRequest(file, "image/jpeg", "cat.jpg", null), CancellationToken.None);

        Assert.NotEqual(Decision.Allow, result.Verdict.Decision);
        Assert.True(result.Facts.Scores!.Sexy > 0.5, $"{how}: Sexy {result.Facts.Scores.Sexy}; {string.Join("; ", result.Verdict.Reasons.Select(r => r.Message))}");
    }

    [Theory]
    [InlineData("exif")]
    [InlineData("mpf")]
    [InlineData("appended")]
    public void Decode_EveryEmbeddedPictureIsAFrameAfterThePrimary(string how)
    {
        var thumbnail = PeopleThumbnail();
        var file = Hide(how, Cat(), thumbnail);

        var decoded = SafeImageDecoder.Decode(file, "image/jpeg", "cat.jpg", new ImageDecodeLimits(), CancellationToken.None);

        Assert.True(decoded.Succeeded, decoded.Message);
        Assert.Equal((1, 1, 1), (decoded.FrameCount, decoded.FramesScreened, decoded.EmbeddedImagesScreened));
        Assert.Equal(2, decoded.Frames.Count);
        var alone = SafeImageDecoder.Decode(thumbnail, null, null, new ImageDecodeLimits(), CancellationToken.None);
        Assert.Equal((alone.Width, alone.Height), (decoded.Frames[1].Width, decoded.Frames[1].Height));
        Assert.True(alone.Frames[0].Rgb.Span.SequenceEqual(decoded.Frames[1].Rgb.Span), "the embedded frame is the thumbnail's pixels");
    }

    [Fact]
    public void Decode_ThumbnailPointerOutsideTheSegment_RefusedAsCorrupt()
    {
        var file = EmbeddedJpegs.WithExifThumbnail(Cat(), PeopleThumbnail());
        // IFD1's JPEGInterchangeFormatLength: make it claim 60,000 bytes more than there are.
        int tiff = 2 + 4 + 6;
        int lengthValue = tiff + 14 + 2 + 12 + 8;
        var length = BitConverter.ToUInt32(file, lengthValue);
        BitConverter.GetBytes(length + 60_000).CopyTo(file, lengthValue);

        var decoded = SafeImageDecoder.Decode(file, null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.Equal(DecodeFailureReason.Corrupt, decoded.FailureReason);
        Assert.Contains("EXIF thumbnail", decoded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_MultiPictureEntryPastTheEnd_RefusedAsTruncated()
    {
        var file = EmbeddedJpegs.MultiPicture(Cat(), PeopleThumbnail());
        var cut = file.AsSpan(0, file.Length - 100).ToArray();

        var decoded = SafeImageDecoder.Decode(cut, null, null, new ImageDecodeLimits(), CancellationToken.None);

        Assert.Equal(DecodeFailureReason.Truncated, decoded.FailureReason);
    }

    [Fact]
    public void Decode_MorePicturesThanTheFrameBudget_RefusedNotSampled()
    {
        var thumb = PeopleThumbnail();
        byte[] file = [.. Cat(), .. thumb, .. thumb, .. thumb];

        var decoded = SafeImageDecoder.Decode(file, null, null, new ImageDecodeLimits { MaxFrames = 3 }, CancellationToken.None);

        Assert.Equal(DecodeFailureReason.TooManyFrames, decoded.FailureReason);
    }

    internal static byte[] Hide(string how, byte[] host, byte[] hidden) => how switch
    {
        "exif" => EmbeddedJpegs.WithExifThumbnail(host, hidden),
        "mpf" => EmbeddedJpegs.MultiPicture(host, hidden),
        "appended" => [.. host, .. hidden],
        _ => throw new ArgumentOutOfRangeException(nameof(how), how, null),
    };

    private byte[] Cat() => EmbeddedJpegs.Jpeg(Path.Combine(SkimageSamples.EnsureCached(fixture.RepositoryRoot), "chelsea.png"), 451);

    private byte[] PeopleThumbnail() => EmbeddedJpegs.Jpeg(FaceApiDemoPhotos.JpegPath(fixture.RepositoryRoot, "sample2"), 160);

    private ImageScreener Screener() =>
        new(fixture.Classifier, ScreeningSetup.CreateScreener(new ScreeningOptions { DefaultPolicy = "strict" }), Options.Create(new ImageScreeningOptions()), [], new ImageScreeningGate(4, 4), TimeProvider.System);
}
