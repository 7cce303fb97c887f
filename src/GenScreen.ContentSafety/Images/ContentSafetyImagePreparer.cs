using System.Globalization;
using GenScreen.Images.Decoding;
using GenScreen.Images.Pipeline;
using SkiaSharp;

namespace GenScreen.ContentSafety;

/// <summary>
/// Makes a generated image fit the Content Safety limits instead of failing: images that already fit
/// pass through untouched; others are decoded by GenScreen's <see cref="SafeImageDecoder"/> (container walk and
/// size limits before any pixel, a time budget, EXIF orientation applied, transparency composited onto white so
/// transparent regions look as a viewer sees them, not as whatever RGB they hide), and the first frame (what the
/// service analyzes for animations) is scaled into 50..MaxLongSide px and re-encoded as JPEG by SkiaSharp under
/// the byte budget. Untrusted bytes are only ever parsed by that decoder; Skia's encoder sees decoded pixels.
/// </summary>
public sealed class ContentSafetyImagePreparer
{
    private const int MaxShrinkRounds = 8;
    private readonly ImagePreparationOptions _options;

    /// <summary>Creates a preparer with <paramref name="options"/> (defaults when null).</summary>
    public ContentSafetyImagePreparer(ImagePreparationOptions? options = null)
    {
        _options = options ?? new ImagePreparationOptions();
        _options.Validate();
    }

    /// <summary>Returns <paramref name="image"/> itself when it fits, otherwise a resized JPEG that does.</summary>
    /// <param name="image">The image file.</param>
    /// <param name="cancellationToken">Stops waiting for the decode (it then stops at its next check).</param>
    /// <exception cref="ArgumentException">
    /// The bytes are not a readable image, declare more than <see cref="ImagePreparationOptions.MaxSourcePixels"/>,
    /// have an aspect ratio no size within 50..7200 px can keep, need re-encoding but are not PNG, JPEG, GIF or WebP
    /// (the formats the safe decoder reads), or the safe decoder refuses them (its reason code is in the message).
    /// </exception>
    /// <exception cref="GenScreen.Core.Images.ImageScreeningUnavailableException">
    /// Too many earlier decodes are still stuck in native code on this process; not about this image, retry later.
    /// </exception>
    public PreparedImage Prepare(BinaryData image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ImageProbe.Info info = ImageProbe.Identify(image)
            ?? throw new ArgumentException("The bytes are not a readable image.", nameof(image));
        if ((long)info.Width * info.Height > _options.MaxSourcePixels)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The image declares {info.Width}x{info.Height} px, more than the {_options.MaxSourcePixels} pixels this preparer decodes."),
                nameof(image));
        }

        if (Fits(info, image.ToMemory().Length))
        {
            return new PreparedImage(image, info.Width, info.Height, info.MimeType, wasModified: false);
        }

        if (TargetSize(info.Width, info.Height, _options.MaxLongSide) is null)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A {info.Width}x{info.Height} px image cannot be scaled into {ContentSafetyLimits.MinImageDimension}..{ContentSafetyLimits.MaxImageDimension} px on both sides without cropping."),
                nameof(image));
        }

        if (!info.SafelyDecodable)
        {
            throw new ArgumentException(
                $"The {info.MimeType} image does not fit the service limits and cannot be re-encoded here: only PNG, JPEG, GIF and WebP " +
                "are decoded (by GenScreen's safe decoder; an animated PNG is refused because its frames could not all be read). Convert it first.",
                nameof(image));
        }

        return Reencode(DecodeFirstFrame(image, cancellationToken));
    }

    private bool Fits(ImageProbe.Info info, long length) =>
        length <= _options.MaxBytes
        && ContentSafetyLimits.SupportedImageMimeTypes.Contains(info.MimeType, StringComparer.OrdinalIgnoreCase)
        && Math.Min(info.Width, info.Height) >= ContentSafetyLimits.MinImageDimension
        && Math.Max(info.Width, info.Height) <= _options.MaxLongSide;

    private DecodedFrame DecodeFirstFrame(BinaryData image, CancellationToken cancellationToken)
    {
        ImageDecodeResult result = SafeImageDecoder.Decode(image.ToMemory(), null, null, DecodeLimits(), cancellationToken);
        if (!result.Succeeded)
        {
            throw new ArgumentException($"The image could not be decoded ({result.FailureReason}): {result.Message}.", nameof(image));
        }

        return result.Frames[0];
    }

    private ImageDecodeLimits DecodeLimits() => new()
    {
        // The caller already holds the bytes; what must be bounded is the pixels they expand to.
        MaxBytes = long.MaxValue,
        MaxPixels = _options.MaxSourcePixels,
        // The aspect ratio has been checked against the service limits, so a side is bounded by the pixel count.
        MaxDimension = int.MaxValue,
        // The decoder reads every frame of an animation (it never stops part-way), so all of them count.
        MaxTotalPixels = _options.MaxSourcePixels,
        MaxDecodeTime = _options.MaxDecodeTime,
    };

    private PreparedImage Reencode(DecodedFrame frame)
    {
        (int width, int height) = TargetSize(frame.Width, frame.Height, _options.MaxLongSide)
            ?? throw new ArgumentException("The decoded image has an aspect ratio the service cannot take.", nameof(frame));
        using SKBitmap source = FrameBitmap.ToBitmap(frame);
        for (int round = 0; round < MaxShrinkRounds; round++)
        {
            using SKBitmap resized = FrameBitmap.Scale(source, width, height);
            for (int quality = _options.JpegQuality; quality >= _options.MinJpegQuality; quality -= 10)
            {
                using SKData encoded = resized.Encode(SKEncodedImageFormat.Jpeg, quality)
                    ?? throw new InvalidOperationException("SkiaSharp could not encode a JPEG.");
                if (encoded.Size <= _options.MaxBytes)
                {
                    return new PreparedImage(new BinaryData(encoded.ToArray()), width, height, "image/jpeg", wasModified: true);
                }
            }

            // Still too large at the lowest quality: shrink by a quarter and try again.
            (width, height) = TargetSize(width, height, (int)(Math.Max(width, height) * 0.75)) ?? (width, height);
        }

        throw new ArgumentException("The image could not be re-encoded under the byte budget.", nameof(frame));
    }

    /// <summary>The size within the limits closest to <paramref name="maxLongSide"/>, or null when the aspect ratio makes that impossible.</summary>
    private static (int Width, int Height)? TargetSize(int width, int height, int maxLongSide)
    {
        int longSide = Math.Max(width, height);
        int shortSide = Math.Min(width, height);
        double scale = Math.Min(1.0, (double)maxLongSide / longSide);
        if (shortSide * scale < ContentSafetyLimits.MinImageDimension)
        {
            // Tiny (or very thin) images are scaled up so the short side reaches the service minimum.
            scale = (double)ContentSafetyLimits.MinImageDimension / shortSide;
        }

        int newWidth = Math.Max(ContentSafetyLimits.MinImageDimension, (int)Math.Round(width * scale));
        int newHeight = Math.Max(ContentSafetyLimits.MinImageDimension, (int)Math.Round(height * scale));
        return Math.Max(newWidth, newHeight) > ContentSafetyLimits.MaxImageDimension ? null : (newWidth, newHeight);
    }
}
