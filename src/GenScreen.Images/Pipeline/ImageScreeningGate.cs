using GenScreen.Core.Configuration;
using GenScreen.Core.Detectors;
using GenScreen.Core.Images;
using GenScreen.Images.Decoding;
using Microsoft.Extensions.Options;

namespace GenScreen.Images.Pipeline;

/// <summary>
/// Admission to image screening in this process: at most <see cref="Capacity"/> screenings hold memory at once
/// (sized from available memory, <see cref="ScreeningMemory"/>), and none starts while too many decodes are stuck
/// in native code. Every path that screens images goes through it (blob trigger, local watcher, CLI), because
/// they all go through <see cref="ImageScreener"/>. One instance per process (a DI singleton).
/// </summary>
/// <remarks>
/// A screening's slot is released when the screening has returned and its decode thread has ended: a decode that
/// ran past its budget still holds its buffers in native code, so its slot stays taken until it really ends, and
/// memory stays within <see cref="Capacity"/> worst cases whatever the decoder does.
/// </remarks>
public sealed class ImageScreeningGate : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private int _waiting;

    /// <summary>Sized for this process: configured, else from the GC's view of available memory (the container limit in Azure).</summary>
    public ImageScreeningGate(IOptions<ImageScreeningOptions> options, IEnumerable<IImageDetector> detectors)
        : this(options, detectors, FaceStage.Off)
    {
    }

    /// <summary>Sized as above, counting the worst frame kept for face analysis when <paramref name="faces"/> is on.</summary>
    public ImageScreeningGate(IOptions<ImageScreeningOptions> options, IEnumerable<IImageDetector> detectors, FaceStage faces)
        : this(
            ScreeningMemory.ConcurrencyFor(options.Value, detectors.Any(), GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, faces.Enabled),
            options.Value.MaxAbandonedDecodes)
    {
    }

    /// <param name="capacity">Screenings at once, at least 1.</param>
    /// <param name="maxAbandonedDecodes">Stray decodes at which screening is refused; capped at <paramref name="capacity"/>.</param>
    public ImageScreeningGate(int capacity, int maxAbandonedDecodes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAbandonedDecodes, 1);
        Capacity = capacity;
        // Stray decodes keep their slots; once they hold them all, waiting would never end, so refuse instead.
        MaxAbandonedDecodes = Math.Min(maxAbandonedDecodes, capacity);
        _slots = new SemaphoreSlim(capacity, capacity);
    }

    public int Capacity { get; }

    /// <summary>Abandoned decodes (process-wide) at which new screenings are refused and the instance is unhealthy.</summary>
    public int MaxAbandonedDecodes { get; }

    /// <summary>Slots taken now (screenings running, and decodes that outlived theirs).</summary>
    public int InUse => Capacity - _slots.CurrentCount;

    /// <summary>Screenings waiting for a slot.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Decode threads still inside native code after their caller gave up (<see cref="SafeImageDecoder.AbandonedDecodes"/>).</summary>
    public static int AbandonedDecodes => SafeImageDecoder.AbandonedDecodes;

    /// <summary>Too many stray decodes: screening is refused until they end, and the instance should be recycled.</summary>
    public bool IsSaturated => AbandonedDecodes >= MaxAbandonedDecodes;

    /// <summary>Waits for a slot; throws <see cref="ImageScreeningUnavailableException"/> at once when saturated.</summary>
    public async Task<ScreeningPermit> EnterAsync(CancellationToken cancellationToken)
    {
        ThrowIfSaturated();
        Interlocked.Increment(ref _waiting);
        try
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return new ScreeningPermit(_slots);
    }

    /// <inheritdoc cref="EnterAsync"/>
    public ScreeningPermit Enter(CancellationToken cancellationToken)
    {
        ThrowIfSaturated();
        Interlocked.Increment(ref _waiting);
        try
        {
            _slots.Wait(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return new ScreeningPermit(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private void ThrowIfSaturated()
    {
        var abandoned = AbandonedDecodes;
        if (abandoned >= MaxAbandonedDecodes)
        {
            throw new ImageScreeningUnavailableException(
                $"{abandoned} image decode(s) are still running in native code after their time budget ran out (the limit is " +
                $"{MaxAbandonedDecodes}); screening is refused until they end. Retry later; this instance reports itself unhealthy meanwhile.");
        }
    }
}
