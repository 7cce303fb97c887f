using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace GenScreen.ContentSafety;

/// <summary>
/// Makes a generated image fit the Content Safety limits instead of failing: images that already fit
/// pass through untouched; others are decoded (first frame only, which is what the service analyzes
/// for animations), auto-oriented, scaled into 50..MaxLongSide px, flattened onto white (so
/// transparent regions look as a viewer sees them, not as whatever RGB they hide) and re-encoded as
/// JPEG under the byte budget.
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
    /// <exception cref="ArgumentException">
    /// The bytes are not a readable image, declare more than <see cref="ImagePreparationOptions.MaxSourcePixels"/>,
    /// or have an aspect ratio no size within 50..7200 px can keep.
    /// </exception>
    public PreparedImage Prepare(BinaryData image)
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

        using Image<Rgba32> decoded = Decode(image);
        return Reencode(decoded);
    }

    private bool Fits(ImageProbe.Info info, long length) =>
        length <= _options.MaxBytes
        && ContentSafetyLimits.SupportedImageMimeTypes.Contains(info.MimeType, StringComparer.OrdinalIgnoreCase)
        && Math.Min(info.Width, info.Height) >= ContentSafetyLimits.MinImageDimension
        && Math.Max(info.Width, info.Height) <= _options.MaxLongSide;

    private static Image<Rgba32> Decode(BinaryData image)
    {
        using Stream stream = image.ToStream();
        Image<Rgba32> decoded;
        try
        {
            decoded = Image.Load<Rgba32>(stream);
        }
        catch (ImageFormatException ex)
        {
            throw new ArgumentException("The image could not be decoded.", nameof(image), ex);
        }

        while (decoded.Frames.Count > 1)
        {
            decoded.Frames.RemoveFrame(decoded.Frames.Count - 1);
        }

        decoded.Mutate(x => x.AutoOrient().BackgroundColor(Color.White));
        return decoded;
    }

    private PreparedImage Reencode(Image<Rgba32> image)
    {
        (int width, int height) = TargetSize(image.Width, image.Height, _options.MaxLongSide)
            ?? throw new ArgumentException("The decoded image has an aspect ratio the service cannot take.", nameof(image));
        for (int round = 0; round < MaxShrinkRounds; round++)
        {
            using Image<Rgba32> resized = image.Clone(x => x.Resize(width, height, KnownResamplers.Lanczos3));
            for (int quality = _options.JpegQuality; quality >= _options.MinJpegQuality; quality -= 10)
            {
                using var buffer = new MemoryStream();
                resized.SaveAsJpeg(buffer, new JpegEncoder { Quality = quality });
                if (buffer.Length <= _options.MaxBytes)
                {
                    return new PreparedImage(new BinaryData(buffer.ToArray()), width, height, "image/jpeg", wasModified: true);
                }
            }

            // Still too large at the lowest quality: shrink by a quarter and try again.
            (width, height) = TargetSize(width, height, (int)(Math.Max(width, height) * 0.75)) ?? (width, height);
        }

        throw new ArgumentException("The image could not be re-encoded under the byte budget.", nameof(image));
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
