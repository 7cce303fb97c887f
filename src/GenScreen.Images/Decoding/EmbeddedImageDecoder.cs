using SkiaSharp;

namespace GenScreen.Images.Decoding;

/// <summary>
/// Screens a JPEG's embedded pictures (<see cref="EmbeddedJpegFinder"/>) as further frames after the primary
/// image: each is walked, checked against the limits, decoded into the primary image's buffers (so it costs no memory beyond the
/// image's own) and handed to the same sink, so the classifier's
/// max-per-class rule lets an explicit thumbnail decide the verdict of a benign-looking photo. Planned before the
/// primary decode (cheap checks first), decoded after it.
/// </summary>
internal static class EmbeddedImageDecoder
{
    /// <summary>Thumbnails of thumbnails are followed this deep; deeper nesting is refused (no real file needs it).</summary>
    private const int MaxDepth = 3;

    /// <summary>Every embedded picture, depth first, with its own limits checked; throws a rejection if any fails.</summary>
    internal static List<EmbeddedJpegFinder.Embedded> Plan(ReadOnlySpan<byte> file, ContainerReport primary, ImageDecodeLimits limits)
    {
        var plan = new List<EmbeddedJpegFinder.Embedded>();
        long pixels = primary.Width * primary.Height * primary.FrameCount;
        int budget = limits.MaxFrames - primary.FrameCount;
        Collect(file, 0, file.Length, primary.EndOffset, 1, budget, primary.Width * primary.Height, plan, ref pixels, limits);
        return plan;
    }

    private static void Collect(
        ReadOnlySpan<byte> file, int baseOffset, int length, int primaryEnd, int depth, int budget, long primaryPixels, List<EmbeddedJpegFinder.Embedded> plan, ref long pixels, ImageDecodeLimits limits)
    {
        var slice = file.Slice(baseOffset, length);
        foreach (var e in EmbeddedJpegFinder.Find(slice, primaryEnd, Math.Max(0, budget - plan.Count)))
        {
            var at = e with { Offset = baseOffset + e.Offset };
            var bytes = file.Slice(at.Offset, at.Length);
            if (!bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            {
                throw new DecodeRejectedException(DecodeFailureReason.UnsupportedFormat, $"the {e.Kind} is not a JPEG, so it cannot be screened");
            }

            var report = JpegContainer.Inspect(bytes);
            if (report.Status != ContainerStatus.Complete)
            {
                throw new DecodeRejectedException(
                    report.Status == ContainerStatus.Truncated ? DecodeFailureReason.Truncated : DecodeFailureReason.Corrupt,
                    $"the {e.Kind} is damaged: {report.Message}");
            }

            LimitChecks.CheckCanvas(report.Width, report.Height, limits);
            if (report.Width * report.Height > primaryPixels)
            {
                // Decoded into the primary image's buffers, so screening it costs no memory beyond the image's own.
                throw new DecodeRejectedException(
                    DecodeFailureReason.UnsupportedFormat,
                    $"the {e.Kind} ({report.Width}x{report.Height}) is larger than the image itself, which is not screened");
            }

            pixels += report.Width * report.Height;
            if (pixels > limits.MaxTotalPixels)
            {
                throw new DecodeRejectedException(
                    DecodeFailureReason.TooManyPixels, $"the image and its embedded pictures need {pixels} pixels; the limit is {limits.MaxTotalPixels}");
            }

            plan.Add(at);
            if (depth >= MaxDepth)
            {
                if (EmbeddedJpegFinder.Find(bytes, report.EndOffset, int.MaxValue).Count > 0)
                {
                    throw new DecodeRejectedException(DecodeFailureReason.UnsupportedFormat, $"embedded pictures are nested more than {MaxDepth} deep");
                }

                continue;
            }

            Collect(file, at.Offset, at.Length, report.EndOffset, depth + 1, budget, primaryPixels, plan, ref pixels, limits);
        }

        if (plan.Count > budget)
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.TooManyFrames, $"the file holds more than {limits.MaxFrames} pictures in all; none is skipped, so it is refused");
        }
    }

    /// <summary>
    /// Decodes one planned picture into the start of <paramref name="canvas"/> (the primary image's, which is at least as
    /// large) and composes it into <paramref name="rgb"/>; returns the frame (its pixels are the first bytes of <paramref name="rgb"/>).
    /// </summary>
    /// <param name="canvasLength">The primary image's canvas length: the pooled <paramref name="canvas"/> may be longer, and a picture is never allowed more than the primary's.</param>
    internal static DecodedFrame DecodeInto(
        SKData file, EmbeddedJpegFinder.Embedded e, int index, byte[] canvas, int canvasLength, nint pixels, byte[] rgb, DecodeCancellation cancellation)
    {
        cancellation.ThrowIfCancelled();
        using var data = SKData.CreateCopy(file.AsSpan().Slice(e.Offset, e.Length));
        using var codec = SKCodec.Create(data)
            ?? throw new DecodeRejectedException(DecodeFailureReason.Corrupt, $"the decoder could not read the {e.Kind}");
        if (codec.EncodedFormat != SKEncodedImageFormat.Jpeg)
        {
            throw new DecodeRejectedException(DecodeFailureReason.Corrupt, $"the {e.Kind} decodes as {codec.EncodedFormat}, not JPEG");
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        int rgbaLength = info.Width * info.Height * LimitChecks.CanvasBytesPerPixel;
        if (rgbaLength > canvasLength || canvasLength > canvas.Length)
        {
            throw new DecodeRejectedException(DecodeFailureReason.Corrupt, $"the {e.Kind} decodes larger than its header declared");
        }

        var result = codec.GetPixels(info, pixels, info.RowBytes, new SKCodecOptions(0, -1));
        if (result is not SKCodecResult.Success)
        {
            throw new DecodeRejectedException(
                result is SKCodecResult.IncompleteInput ? DecodeFailureReason.Truncated : DecodeFailureReason.Corrupt,
                $"the {e.Kind} could not be decoded ({result})");
        }

        int orientation = (int)codec.EncodedOrigin is var o and >= 1 and <= 8 ? o : 1;
        int width = orientation >= 5 ? info.Height : info.Width;
        int height = orientation >= 5 ? info.Width : info.Height;
        int rgbLength = info.Width * info.Height * 3;
        RgbComposer.Compose(canvas.AsSpan(0, rgbaLength), info.Width, info.Height, orientation, cancellation, rgb.AsSpan(0, rgbLength), out _);
        return new DecodedFrame(index, width, height, 0, rgb.AsMemory(0, rgbLength));
    }
}
