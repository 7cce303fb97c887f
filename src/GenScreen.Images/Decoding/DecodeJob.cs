using System.Runtime.ExceptionServices;
using SkiaSharp;

namespace GenScreen.Images.Decoding;

/// <summary>
/// One decode on its own thread. The thread owns every buffer the native code touches (the copied input and
/// the pinned canvas) and releases them itself when the native call returns, so the caller can stop waiting at
/// any moment without leaving native code writing into memory someone else reuses.
/// </summary>
internal sealed class DecodeJob
{
    private const int Running = 0;
    private const int Finished = 1;
    private const int Abandoned = 2;

    /// <summary>The decode thread's name (tests recognise it when it reads their clock).</summary>
    internal const string ThreadName = "GenScreen image decode";

    private static int s_abandonedRunning;

    private readonly SKData _data;
    private readonly DecodeContext _context;
    private readonly IFrameSink _sink;
    private readonly Action? _exited;
    private readonly DecodeCancellation _cancellation;
    private readonly TaskCompletionSource<DecodeOutcome> _completion =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private int _state;

    /// <param name="data">Input copy; ownership moves to the job, which disposes it when the thread ends.</param>
    /// <param name="sink">Receives every frame on the decode thread.</param>
    /// <param name="exited">Called on the decode thread as its last action, once its buffers are released.</param>
    internal DecodeJob(SKData data, DecodeContext context, IFrameSink sink, Action? exited, CancellationToken callerToken)
    {
        _data = data;
        _context = context;
        _sink = sink;
        _exited = exited;
        _cancellation = new DecodeCancellation(context.Time, context.StartTimestamp, context.Limits.MaxDecodeTime, callerToken);
    }

    /// <summary>Decode threads the caller stopped waiting for that are still inside native code.</summary>
    internal static int AbandonedRunning => Volatile.Read(ref s_abandonedRunning);

    /// <summary>Completes when the decode thread has finished and released its buffers, abandoned or not.</summary>
    internal Task<DecodeOutcome> Completion => _completion.Task;

    internal void Start()
    {
        // A dedicated thread, not the thread pool: a native call that never returns must not hold a pool
        // thread, and the worker never blocks the caller (background thread, process exit is not delayed).
        var thread = new Thread(Run) { IsBackground = true, Name = ThreadName };
        thread.Start();
    }

    /// <summary>The caller gave up (timeout or cancellation): stop at the next check and count the thread as stray.</summary>
    internal void Abandon()
    {
        _cancellation.Abandon();
        if (Interlocked.CompareExchange(ref _state, Abandoned, Running) == Running)
        {
            Interlocked.Increment(ref s_abandonedRunning);
        }
    }

    private void Run()
    {
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var facts = new DecodeFacts();
        ImageDecodeResult result;
        ExceptionDispatchInfo? sinkError = null;
        try
        {
            _context.Limits.DecodeThreadStallForTests?.Invoke();
            var (delivered, transparent) = FrameDecoder.Decode(_data, _context, facts, _sink, _cancellation);
            result = _context.Success(facts, delivered, transparent, Allocated(allocatedBefore));
        }
        catch (FrameSinkException e)
        {
            // The sink (the classifier) failed: the caller gets that exception, not a verdict about the image.
            sinkError = ExceptionDispatchInfo.Capture(e.InnerException!);
            result = _context.Failure(DecodeFailureReason.InternalError, e.InnerException!.Message, facts, Allocated(allocatedBefore));
        }
        catch (DecodeRejectedException e)
        {
            result = _context.Failure(e.Reason, e.Message, facts, Allocated(allocatedBefore));
        }
        catch (OperationCanceledException)
        {
            // The budget ran out as seen from this thread, or the caller left or was cancelled (then the caller
            // throws or reports the timeout itself and nobody reads this result).
            result = _context.Failure(DecodeFailureReason.DecodeTimeout, TimeoutMessage(_context), facts, Allocated(allocatedBefore));
        }
#pragma warning disable CA1031 // The decode thread must never crash the process: any failure is a fail-closed result.
        catch (Exception e)
#pragma warning restore CA1031
        {
            result = _context.Failure(
                DecodeFailureReason.InternalError, $"unexpected {e.GetType().Name}: {e.Message}", facts, Allocated(allocatedBefore));
        }
        finally
        {
            _data.Dispose();
        }

        if (Interlocked.CompareExchange(ref _state, Finished, Running) == Abandoned)
        {
            Interlocked.Decrement(ref s_abandonedRunning);
        }

        _completion.TrySetResult(new DecodeOutcome(result, sinkError));
        InvokeExited();
    }

    private void InvokeExited()
    {
        try
        {
            _exited?.Invoke();
        }
#pragma warning disable CA1031 // A callback failing must not crash the process from a background thread.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    internal static string TimeoutMessage(DecodeContext context) =>
        $"decoding took longer than {context.Limits.MaxDecodeTime.TotalMilliseconds:0} ms";

    private static long Allocated(long before) => GC.GetAllocatedBytesForCurrentThread() - before;
}

/// <summary>What the decode thread produced: the result, and the frame sink's exception when it threw one.</summary>
internal sealed record DecodeOutcome(ImageDecodeResult Result, ExceptionDispatchInfo? SinkError);
