using System.Runtime.InteropServices;
using SkiaSharp;

namespace GenScreen.Images.Decoding;

/// <summary>
/// The decode itself, run on the decode thread: container walk, header limits, Skia header, then the frames.
/// Every refusal throws <see cref="DecodeRejectedException"/>; nothing partial is ever returned.
/// </summary>
internal static class FrameDecoder
{
    /// <summary>Decodes every frame into <paramref name="sink"/>; returns the number of frames delivered and whether any pixel was transparent.</summary>
    internal static (int FramesDelivered, bool HasTransparency) Decode(
        SKData data, DecodeContext context, DecodeFacts facts, IFrameSink sink, DecodeCancellation cancellation)
    {
        var limits = context.Limits;
        var report = ContainerInspector.Inspect(context.Format, data.AsSpan());
        // A cut or damaged file's count is only "frames before the damage": report it only when it is the whole file.
        facts.FrameCount = report.Status == ContainerStatus.Complete ? report.FrameCount : 0;
        if (report.HasHeader)
        {
            facts.StoredWidth = report.Width;
            facts.StoredHeight = report.Height;
            facts.PixelFormat = report.PixelFormat;
            // Size first: a bomb is refused for what it declares, wherever the file happens to be cut.
            LimitChecks.CheckCanvas(report.Width, report.Height, limits);
        }

        ThrowIfNotComplete(report);
        // Every frame is screened, so an animation longer than the budget is refused, never sampled: sampling
        // would let content placed between the sampled frames through.
        if (report.FrameCount > limits.MaxFrames)
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.TooManyFrames,
                $"the file has {report.FrameCount} frames; at most {limits.MaxFrames} are screened and an animation is never screened in part");
        }

        LimitChecks.CheckScreenedTotal(report.Width, report.Height, report.FrameCount, limits);
        // Thumbnails and multi-picture images are screened too (a viewer shows them); planned now, decoded after the primary.
        var embedded = context.Format == ImageFormat.Jpeg ? EmbeddedImageDecoder.Plan(data.AsSpan(), report, limits) : [];
        cancellation.ThrowIfCancelled();
        using var codec = SKCodec.Create(data)
            ?? throw new DecodeRejectedException(DecodeFailureReason.Corrupt, "the decoder could not read the image header");
        var info = codec.Info;
        ThrowIfDecoderDisagrees(context.Format, codec, info, report);
        facts.Orientation = ToExifOrientation(codec.EncodedOrigin);
        LimitChecks.CheckCanvas(info.Width, info.Height, limits);

        var frameInfo = codec.FrameCount > 0 ? codec.FrameInfo : [];
        if (Array.Exists(frameInfo, f => !f.FullyRecieved))
        {
            throw new DecodeRejectedException(DecodeFailureReason.Truncated, "the decoder reports a frame that is not fully present");
        }

        cancellation.ThrowIfCancelled();
        return DecodeFrames(data, codec, info, frameInfo, embedded, facts, sink, cancellation);
    }

    private static (int, bool) DecodeFrames(
        SKData data, SKCodec codec, SKImageInfo info, SKCodecFrameInfo[] frameInfo, List<EmbeddedJpegFinder.Embedded> embedded,
        DecodeFacts facts, IFrameSink sink, DecodeCancellation cancellation)
    {
        // Premultiplied RGBA in sRGB: Skia converts grey, palette, 16-bit, CMYK and ICC-tagged input to it, and
        // premultiplied makes compositing over white exact. The canvas is pinned (POH) for the native writes and
        // managed, so its cost shows in the GC counters the tests read; it comes from CanvasPool (cleared) and goes
        // back there when this thread is done with it, so a stream of images does not allocate one each.
        var canvasInfo = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        int canvasLength = info.Width * info.Height * LimitChecks.CanvasBytesPerPixel;
        byte[] canvas = CanvasPool.Rent(canvasLength);
        try
        {
            return DecodeFramesInto(data, codec, canvasInfo, canvas, canvasLength, frameInfo, embedded, facts, sink, cancellation);
        }
        finally
        {
            // Only after the last native write into it (this is the decode thread, even for an abandoned decode).
            CanvasPool.Return(canvas);
        }
    }

    private static (int, bool) DecodeFramesInto(
        SKData data, SKCodec codec, SKImageInfo canvasInfo, byte[] canvas, int canvasLength, SKCodecFrameInfo[] frameInfo,
        List<EmbeddedJpegFinder.Embedded> embedded, DecodeFacts facts, IFrameSink sink, DecodeCancellation cancellation)
    {
        var info = canvasInfo;
        nint pixels = Marshal.UnsafeAddrOfPinnedArrayElement(canvas, 0);
        int rgbLength = info.Width * info.Height * 3;
        // One frame at a time: the RGB buffer is reused for the next frame unless the sink keeps it, and then the
        // previously kept one is reused instead. Memory: the canvas and at most two RGB frames, whatever the count.
        byte[]? kept = null;
        byte[]? spare = null;
        bool anyTransparent = false;
        int inCanvas = -1;
        int frameCount = facts.FrameCount;

        // Frames are composited in order, so each one is decoded once on top of the previous canvas.
        for (int i = 0; i < frameCount; i++)
        {
            cancellation.ThrowIfCancelled();
            int prior = CanStartFromCanvas(i, inCanvas, frameInfo) ? inCanvas : -1;
            if (prior < 0 && inCanvas >= 0)
            {
                Array.Clear(canvas, 0, canvasLength); // Skia rebuilds from scratch; nothing from another frame may show through
            }

            var options = new SKCodecOptions(i, prior)
            {
                ZeroInitialized = prior < 0 ? SKZeroInitialized.Yes : SKZeroInitialized.No,
            };
            var result = codec.GetPixels(canvasInfo, pixels, canvasInfo.RowBytes, options);
            if (result != SKCodecResult.Success)
            {
                throw Rejection(result, i);
            }

            inCanvas = i;
            byte[] rgb = spare ?? GC.AllocateUninitializedArray<byte>(rgbLength);
            spare = null;
            RgbComposer.Compose(canvas.AsSpan(0, canvasLength), info.Width, info.Height, facts.Orientation, cancellation, rgb, out bool transparent);
            anyTransparent |= transparent;
            int duration = i < frameInfo.Length ? frameInfo[i].Duration : 0;
            if (Deliver(sink, new DecodedFrame(i, facts.OrientedWidth, facts.OrientedHeight, duration, rgb)))
            {
                spare = kept;
                kept = rgb;
            }
            else
            {
                spare = rgb;
            }
        }

        // Then the embedded pictures, each no larger than the canvas, through the same buffers (frames after the last one).
        for (int k = 0; k < embedded.Count; k++)
        {
            byte[] rgb = spare ?? GC.AllocateUninitializedArray<byte>(rgbLength);
            spare = null;
            var frame = EmbeddedImageDecoder.DecodeInto(data, embedded[k], frameCount + k, canvas, canvasLength, pixels, rgb, cancellation);
            if (Deliver(sink, frame))
            {
                spare = kept;
                kept = rgb;
            }
            else
            {
                spare = rgb;
            }
        }

        facts.EmbeddedImages = embedded.Count;
        GC.KeepAlive(canvas);
        return (frameCount, anyTransparent);
    }

    private static bool Deliver(IFrameSink sink, DecodedFrame frame)
    {
        try
        {
            return sink.Accept(frame);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not a verdict about the image (a classifier that fails must be retried, not recorded as "corrupt").
            throw new FrameSinkException(e);
        }
    }

    /// <summary>
    /// Skia may start frame i from the canvas holding frame i-1 only when frame i depends on earlier frames and
    /// frame i-1 is not "restore previous" (Skia rejects that, it would need the canvas from before i-1).
    /// </summary>
    private static bool CanStartFromCanvas(int index, int inCanvas, SKCodecFrameInfo[] frameInfo) =>
        index > 0
        && inCanvas == index - 1
        && index < frameInfo.Length
        && frameInfo[index].RequiredFrame >= 0
        && frameInfo[index].RequiredFrame <= inCanvas
        && frameInfo[inCanvas].DisposalMethod != SKCodecAnimationDisposalMethod.RestorePrevious;

    private static void ThrowIfNotComplete(ContainerReport report)
    {
        string? reason = report.Status switch
        {
            ContainerStatus.Truncated => DecodeFailureReason.Truncated,
            ContainerStatus.Corrupt => DecodeFailureReason.Corrupt,
            ContainerStatus.Unsupported => DecodeFailureReason.UnsupportedFormat,
            _ => null,
        };
        if (reason is not null)
        {
            throw new DecodeRejectedException(reason, report.Message);
        }
    }

    /// <summary>
    /// Two parsers disagreeing about the same bytes is how parser-differential tricks work (one reader sees a
    /// harmless image, another the real one), so any disagreement fails closed.
    /// </summary>
    private static void ThrowIfDecoderDisagrees(ImageFormat format, SKCodec codec, SKImageInfo info, ContainerReport report)
    {
        if (codec.EncodedFormat != ToSkiaFormat(format))
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.Corrupt, $"the bytes start like {format} but the decoder reads them as {codec.EncodedFormat}");
        }

        if (info.Width != report.Width || info.Height != report.Height)
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.Corrupt,
                $"the container declares {report.Width}x{report.Height} but the decoder reads {info.Width}x{info.Height}");
        }

        int decoderFrames = Math.Max(1, codec.FrameCount);
        if (decoderFrames != report.FrameCount)
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.Corrupt,
                $"the container holds {report.FrameCount} frame(s) but the decoder sees {decoderFrames}");
        }
    }

    private static DecodeRejectedException Rejection(SKCodecResult result, int frame) => result switch
    {
        SKCodecResult.IncompleteInput => new(DecodeFailureReason.Truncated, $"frame {frame} ends early (IncompleteInput)"),
        SKCodecResult.ErrorInInput or SKCodecResult.InvalidInput =>
            new(DecodeFailureReason.Corrupt, $"frame {frame} has invalid image data ({result})"),
        SKCodecResult.InvalidConversion or SKCodecResult.Unimplemented or SKCodecResult.InvalidScale =>
            new(DecodeFailureReason.UnsupportedFormat, $"frame {frame} uses a variant the decoder cannot convert ({result})"),
        _ => new(DecodeFailureReason.InternalError, $"the decoder failed on frame {frame} ({result})"),
    };

    private static SKEncodedImageFormat ToSkiaFormat(ImageFormat format) => format switch
    {
        ImageFormat.Png => SKEncodedImageFormat.Png,
        ImageFormat.Jpeg => SKEncodedImageFormat.Jpeg,
        ImageFormat.Gif => SKEncodedImageFormat.Gif,
        ImageFormat.WebP => SKEncodedImageFormat.Webp,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "only accepted formats are decoded"),
    };

    /// <summary>SKEncodedOrigin uses the EXIF numbering (TopLeft = 1 ... LeftBottom = 8).</summary>
    private static int ToExifOrientation(SKEncodedOrigin origin)
    {
        int value = (int)origin;
        return value is >= 1 and <= 8 ? value : 1;
    }
}
