namespace GenScreen.ContentSafety;

/// <summary>
/// The sync and async APIs share one implementation with an "async" flag (the Azure SDK pattern);
/// with async=false it never awaits anything incomplete, so the ValueTask is already finished.
/// </summary>
internal static class SyncHelpers
{
    public static T EnsureCompleted<T>(this ValueTask<T> task) =>
        task.IsCompleted ? task.GetAwaiter().GetResult() : task.AsTask().GetAwaiter().GetResult();
}
