using GenScreen.Core.Images;
using SkiaSharp;

namespace GenScreen.Images.Decoding;

/// <summary>
/// Decodes untrusted, freshly generated images into RGB24 frames for the classifiers, refusing anything it
/// cannot screen completely. It never throws for bad input: every problem is a failed
/// <see cref="ImageDecodeResult"/> with a stable <see cref="DecodeFailureReason"/> code, and every failure means
/// "not screened, do not publish".
/// </summary>
/// <remarks>
/// <para>Order of checks: byte count, magic bytes, a managed walk of the container (truncation, declared size,
/// frame count), the declared size against the limits, Skia's own header (which must agree), and only then pixel
/// buffers are allocated and frames decoded.</para>
/// <para>Time budget: the decode runs on a dedicated thread and the caller waits at most
/// <see cref="ImageDecodeLimits.MaxDecodeTime"/> on the decoder's clock (a <see cref="TimeProvider"/>, the system clock
/// unless the caller passes another) or until its token is cancelled. What is interruptible: the decode
/// thread checks between the container walk, the header, every frame and every 64 output rows, and stops there.
/// What is not: a single native Skia call (reading the header, decoding one frame, which for a progressive JPEG
/// includes every scan) cannot be stopped from .NET. If one runs past the budget the caller still returns
/// <c>decode-timeout</c> on time; the thread finishes that call in the background, frees its buffers and exits.
/// <see cref="AbandonedDecodes"/> counts such threads; at <see cref="ImageDecodeLimits.MaxAbandonedDecodes"/> new
/// decodes are refused (each stray thread still holds its buffers) and a host's health check reports the worker
/// unhealthy so it is recycled.</para>
/// <para>Animations: every frame is decoded, in order, one at a time; an animation with more than
/// <see cref="ImageDecodeLimits.MaxFrames"/> frames or <see cref="ImageDecodeLimits.MaxTotalPixels"/> pixels in all is
/// refused, never sampled.</para>
/// <para>Cancellation of <c>ct</c> throws <see cref="OperationCanceledException"/> (the host is shutting down or
/// the request is gone; that is not a verdict about the image). Too many abandoned decodes throw
/// <see cref="ImageScreeningUnavailableException"/> (retry later). Invalid limits throw
/// <see cref="ArgumentOutOfRangeException"/>. Nothing else is thrown, except what a frame sink throws.</para>
/// </remarks>
public static class SafeImageDecoder
{
    /// <summary>Decode threads still running inside native code after their caller stopped waiting.</summary>
    public static int AbandonedDecodes => DecodeJob.AbandonedRunning;

    /// <inheritdoc cref="Decode(ReadOnlySpan{byte}, string?, string?, ImageDecodeLimits, CancellationToken)"/>
    public static ImageDecodeResult Decode(
        ReadOnlyMemory<byte> bytes, string? declaredContentType, string? fileName, ImageDecodeLimits limits, CancellationToken ct) =>
        Decode(bytes.Span, declaredContentType, fileName, limits, ct);

    /// <summary>Decodes <paramref name="bytes"/> within <paramref name="limits"/>, returning every frame.</summary>
    /// <param name="bytes">The whole file. Copied before decoding starts, so the caller may reuse the buffer on return.</param>
    /// <param name="declaredContentType">Content type the uploader declared, if any; only compared, never trusted.</param>
    /// <param name="fileName">Blob or file name, if any; only its extension is compared, never trusted.</param>
    /// <param name="limits">Resource limits; copied at the start of the call.</param>
    /// <param name="ct">Cancels the wait and stops the decode at its next check.</param>
    public static ImageDecodeResult Decode(
        ReadOnlySpan<byte> bytes, string? declaredContentType, string? fileName, ImageDecodeLimits limits, CancellationToken ct) =>
        Decode(bytes, declaredContentType, fileName, limits, TimeProvider.System, ct);

    /// <summary>Decodes <paramref name="bytes"/> within <paramref name="limits"/>, measuring the time budget on <paramref name="time"/>.</summary>
    /// <param name="time">
    /// The clock of <see cref="ImageDecodeLimits.MaxDecodeTime"/>: the caller's wait and the decode thread's checks both read it,
    /// so with a fake clock the budget runs out exactly when the clock is moved past it.
    /// </param>
    /// <inheritdoc cref="Decode(ReadOnlySpan{byte}, string?, string?, ImageDecodeLimits, CancellationToken)"/>
    public static ImageDecodeResult Decode(
        ReadOnlySpan<byte> bytes, string? declaredContentType, string? fileName, ImageDecodeLimits limits, TimeProvider time, CancellationToken ct)
    {
        var collector = new FrameCollector();
        var result = Decode(bytes, declaredContentType, fileName, limits, collector, time, ct);
        if (result.Succeeded)
        {
            result.Frames = collector.Frames;
        }

        return result;
    }

    /// <summary>Streams frames to <paramref name="sink"/> with the time budget on the system clock.</summary>
    /// <inheritdoc cref="Decode(ReadOnlySpan{byte}, string?, string?, ImageDecodeLimits, IFrameSink, TimeProvider, CancellationToken, Action?)"/>
    internal static ImageDecodeResult Decode(
        ReadOnlySpan<byte> bytes, string? declaredContentType, string? fileName, ImageDecodeLimits limits, IFrameSink sink,
        CancellationToken ct, Action? buffersReleased = null) =>
        Decode(bytes, declaredContentType, fileName, limits, sink, TimeProvider.System, ct, buffersReleased);

    /// <summary>
    /// Decodes <paramref name="bytes"/> within <paramref name="limits"/>, handing each frame to <paramref name="sink"/> on
    /// the decode thread as soon as it is decoded (the result's <see cref="ImageDecodeResult.Frames"/> stays empty).
    /// The sink's work counts against <see cref="ImageDecodeLimits.MaxDecodeTime"/>; an exception it throws is
    /// rethrown here as it was.
    /// </summary>
    /// <param name="time">
    /// The clock of <see cref="ImageDecodeLimits.MaxDecodeTime"/>: the caller's wait and the decode thread's checks both read it,
    /// so with a fake clock the budget runs out exactly when the clock is moved past it (by the test, or by the sink).
    /// </param>
    /// <param name="buffersReleased">
    /// Called exactly once, when no decode thread of this call holds memory any more: on the calling thread when no
    /// decode thread was started, otherwise by the decode thread as its last action, which may be after this method
    /// has returned (always so for a decode abandoned inside a native call). Lets a caller that budgets memory keep
    /// counting a timed-out decode until it has really ended.
    /// </param>
    internal static ImageDecodeResult Decode(
        ReadOnlySpan<byte> bytes, string? declaredContentType, string? fileName, ImageDecodeLimits limits, IFrameSink sink,
        TimeProvider time, CancellationToken ct, Action? buffersReleased = null)
    {
        bool handedToThread = false;
        try
        {
            return DecodeCore(bytes, declaredContentType, fileName, limits, sink, time, buffersReleased, ref handedToThread, ct);
        }
        finally
        {
            if (!handedToThread)
            {
                buffersReleased?.Invoke();
            }
        }
    }

    private static ImageDecodeResult DecodeCore(
        ReadOnlySpan<byte> bytes, string? declaredContentType, string? fileName, ImageDecodeLimits limits, IFrameSink sink,
        TimeProvider time, Action? buffersReleased, ref bool handedToThread, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(time);
        limits.Validate();
        ct.ThrowIfCancellationRequested();
        ThrowIfTooManyAbandoned(limits);
        long start = time.GetTimestamp();
        var snapshot = limits.Clone();

        // Only the first 12 bytes are read here; the byte-count checks come before anything else reads more.
        var (format, signatureTruncated) = FormatSniffer.Detect(bytes);
        string? mismatch = bytes.IsEmpty ? null : DeclaredFormat.DescribeMismatch(format, declaredContentType, fileName);
        var context = new DecodeContext(format, mismatch, snapshot, time, start);
        if (bytes.IsEmpty)
        {
            return context.Failure(DecodeFailureReason.Empty, "the file is empty (0 bytes)");
        }

        if (bytes.Length > snapshot.MaxBytes)
        {
            return context.Failure(
                DecodeFailureReason.TooLargeBytes, $"the file has {bytes.Length} bytes; the limit is {snapshot.MaxBytes}");
        }

        if (signatureTruncated)
        {
            return context.Failure(DecodeFailureReason.Truncated, $"the file ends after {bytes.Length} bytes, inside the {format} signature");
        }

        if (format == ImageFormat.Unknown)
        {
            return context.Failure(
                DecodeFailureReason.UnsupportedFormat,
                $"not a PNG, JPEG, GIF or WebP file; the bytes look like {FormatSniffer.Describe(bytes)}");
        }

        return RunWithBudget(bytes, context, sink, buffersReleased, ref handedToThread, ct);
    }

    /// <summary>
    /// Each abandoned thread still holds its input copy and pixel buffers until its native call returns; past the
    /// bound, starting more decodes would let memory grow without limit. Refusing is not a verdict: retry later.
    /// </summary>
    private static void ThrowIfTooManyAbandoned(ImageDecodeLimits limits)
    {
        int abandoned = AbandonedDecodes;
        if (abandoned >= limits.MaxAbandonedDecodes)
        {
            throw new ImageScreeningUnavailableException(
                $"{abandoned} image decode(s) are still running in native code after their time budget ran out (the limit is " +
                $"{limits.MaxAbandonedDecodes}); no new decode starts until they finish. Retry later; this worker reports itself unhealthy meanwhile.");
        }
    }

    private static ImageDecodeResult RunWithBudget(
        ReadOnlySpan<byte> bytes, DecodeContext context, IFrameSink sink, Action? buffersReleased, ref bool handedToThread, CancellationToken ct)
    {
        // Native memory owned by the decode thread: an abandoned native call keeps reading valid input even after
        // the caller has returned and reused or freed its own buffer.
        var data = SKData.CreateCopy(bytes);
        if (data is null)
        {
            return context.Failure(DecodeFailureReason.InternalError, "could not allocate native memory for the input");
        }

        var job = new DecodeJob(data, context, sink, buffersReleased, ct);
        try
        {
            job.Start();
            handedToThread = true;
        }
        catch (OutOfMemoryException e)
        {
            data.Dispose();
            return context.Failure(DecodeFailureReason.InternalError, $"could not start the decode thread: {e.Message}");
        }

        bool finished;
        try
        {
            var remaining = context.Limits.MaxDecodeTime - context.Time.GetElapsedTime(context.StartTimestamp);
            finished = remaining > TimeSpan.Zero && WaitWithin(job.Completion, remaining, context.Time, ct);
        }
        catch (OperationCanceledException)
        {
            job.Abandon();
            throw;
        }

        // The decode thread may notice the cancelled token first and complete with a "stopped" result before
        // the wait does; cancellation must still surface as cancellation, never as a verdict about the image.
        if (ct.IsCancellationRequested)
        {
            job.Abandon();
            ct.ThrowIfCancellationRequested();
        }

        if (!finished)
        {
            job.Abandon();
            // It may have finished in the instant between the wait timing out and Abandon.
            if (!job.Completion.IsCompleted)
            {
                return context.Failure(DecodeFailureReason.DecodeTimeout, DecodeJob.TimeoutMessage(context));
            }
        }

        var outcome = job.Completion.Result;
        outcome.SinkError?.Throw();
        return outcome.Result;
    }

    /// <summary>True if <paramref name="task"/> completed within <paramref name="budget"/> on <paramref name="time"/>; throws if <paramref name="ct"/> is cancelled first.</summary>
    private static bool WaitWithin(Task task, TimeSpan budget, TimeProvider time, CancellationToken ct)
    {
        using var budgetSpent = new CancellationTokenSource(budget, time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, budgetSpent.Token);
        try
        {
            task.Wait(stop.Token);
            return true;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
