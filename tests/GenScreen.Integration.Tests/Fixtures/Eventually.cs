namespace GenScreen.Integration.Tests.Fixtures;

/// <summary>
/// Waits for something that must happen in the background (a deferred write landing, the watcher screening an
/// upload), polling with a generous real-time deadline. It asserts that the thing happened, never how long it
/// took: on a loaded machine it just takes longer.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Polls <paramref name="probe"/> until it returns a value; fails the test after <see cref="Deadline"/>.</summary>
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what)
        where T : class
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            Assert.False(deadline.IsCancellationRequested, $"{what}: not seen within {Deadline}.");
            await Task.Delay(PollInterval, CancellationToken.None);
        }
    }
}
