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
/// swimwear (full size MobileNetV2 scores it Sexy ≈ 0.95, docs/images.md), shrunk to a 160-pixel thumbnail, at which size
/// MobileNetV2 scores it Porn ≈ 0.81 and strict blocks it. It is hidden the three ways real files carry a second picture:
/// EXIF thumbnail, multi-picture (MPF) image, appended JPEG; each time the file gets the thumbnail's own decision.
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
        Assert.Equal(Decision.Block, people.Verdict.Decision);
        Assert.True(Sexual(people) > 0.5, $"the thumbnail scores Porn {people.Facts.Scores!.Porn}, Sexy {people.Facts.Scores.Sexy}");
    }

    [Theory]
    [InlineData("exif")]
    [InlineData("mpf")]
    [InlineData("appended")]
    public void Screen_CatWithASexualPictureInside_IsNotAllowed(string how)
    {
        var file = Hide(how, Cat(), PeopleThumbnail());

        var screener = Screener();

        var result = screener.Screen(new ImageScreenRequest(file, "image/jpeg", "cat.jpg", null), CancellationToken.None);

        var alone = screener.Screen(new ImageScreenRequest(PeopleThumbnail(), "image/jpeg", "thumb.jpg", null), CancellationToken.None);
        Assert.Equal(Decision.Block, result.Verdict.Decision);
        Assert.Equal(Sexual(alone), Sexual(result), 6);
        Assert.Equal(alone.Verdict.Reasons.Select(r => r.Code), result.Verdict.Reasons.Select(r => r.Code));
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

    private static double Sexual(ImageScreenResult r) => Math.Max(r.Facts.Scores!.Porn, r.Facts.Scores.Sexy);

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
