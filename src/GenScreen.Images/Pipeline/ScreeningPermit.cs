namespace GenScreen.Images.Pipeline;

/// <summary>
/// One slot of <see cref="ImageScreeningGate"/>. The slot is released when the permit is disposed and every hold
/// added with <see cref="Hold"/> has been released, in any order, each exactly once.
/// </summary>
public sealed class ScreeningPermit : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private int _holders = 1;
    private int _disposed;

    internal ScreeningPermit(SemaphoreSlim slots) => _slots = slots;

    /// <summary>Keeps the slot taken until the returned action runs (for example: until a decode thread ends).</summary>
    internal Action Hold()
    {
        Interlocked.Increment(ref _holders);
        var released = 0;
        return () =>
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                Release();
            }
        };
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Release();
        }
    }

    private void Release()
    {
        if (Interlocked.Decrement(ref _holders) == 0)
        {
            _slots.Release();
        }
    }
}
