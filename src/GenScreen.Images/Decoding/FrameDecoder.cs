using System.Runtime.InteropServices;
using SkiaSharp;

namespace GenScreen.Images.Decoding;

/// <summary>
/// The decode itself, run on the decode thread: container walk, header limits, Skia header, then the frames.
/// Every refusal throws <see cref="DecodeRejectedException"/>; nothing partial is ever returned.
/// </summary>
internal static class FrameDecoder
{
    internal static (IReadOnlyList<DecodedFrame> Frames, bool HasTransparency) Decode(
        SKData data, DecodeContext context, DecodeFacts facts, DecodeCancellation cancellation)
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
        if (report.FrameCount > limits.MaxFramesInFile)
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.TooManyFrames,
                $"the file has {report.FrameCount} frames; at most {limits.MaxFramesInFile} are accepted");
        }

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

        int[] sampled = FrameSampler.Sample(facts.FrameCount, limits.MaxFrames);
        LimitChecks.CheckScreenedTotal(info.Width, info.Height, sampled.Length, limits);
        cancellation.ThrowIfCancelled();
        return DecodeFrames(codec, info, frameInfo, sampled, facts, cancellation);
    }

    private static (IReadOnlyList<DecodedFrame>, bool) DecodeFrames(
        SKCodec codec, SKImageInfo info, SKCodecFrameInfo[] frameInfo, int[] sampled, DecodeFacts facts, DecodeCancellation cancellation)
    {
        // Premultiplied RGBA in sRGB: Skia converts grey, palette, 16-bit, CMYK and ICC-tagged input to it, and
        // premultiplied makes compositing over white exact. The canvas is pinned (POH) for the native writes and
        // managed, so its cost shows in the GC counters the tests read.
        var canvasInfo = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        byte[] canvas = GC.AllocateArray<byte>(info.Width * info.Height * LimitChecks.CanvasBytesPerPixel, pinned: true);
        nint pixels = Marshal.UnsafeAddrOfPinnedArrayElement(canvas, 0);
        var frames = new List<DecodedFrame>(sampled.Length);
        bool anyTransparent = false;
        int next = 0;
        int inCanvas = -1;

        // Frames are composited in order, so each one is decoded once on top of the previous canvas; seeking
        // straight to a sampled frame would make Skia re-decode its whole dependency chain for every sample.
        for (int i = 0; i <= sampled[^1]; i++)
        {
            cancellation.ThrowIfCancelled();
            int prior = CanStartFromCanvas(i, inCanvas, frameInfo) ? inCanvas : -1;
            if (prior < 0 && inCanvas >= 0)
            {
                Array.Clear(canvas); // Skia rebuilds from scratch; nothing from another frame may show through
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
            if (i == sampled[next])
            {
                byte[] rgb = RgbComposer.Compose(canvas, info.Width, info.Height, facts.Orientation, cancellation, out bool transparent);
                anyTransparent |= transparent;
                int duration = i < frameInfo.Length ? frameInfo[i].Duration : 0;
                frames.Add(new DecodedFrame(i, facts.OrientedWidth, facts.OrientedHeight, duration, rgb));
                next++;
            }
        }

        GC.KeepAlive(canvas);
        return (frames, anyTransparent);
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
