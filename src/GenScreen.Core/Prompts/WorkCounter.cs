using System.Diagnostics;

namespace GenScreen.Core.Prompts;

/// <summary>
/// Counts the elementary steps of prompt screening on the calling thread (characters read, hash lookups,
/// substring comparisons), so tests can prove that work grows linearly with the prompt without timing
/// anything. Compiled only into Debug builds (<c>SCREENING_WORK_COUNTER</c>): in Release every call
/// disappears, so the hot path pays nothing.
/// </summary>
internal static class WorkCounter
{
    [ThreadStatic]
    private static long t_steps;

#if SCREENING_WORK_COUNTER
    public const bool IsCompiled = true;
#else
    public const bool IsCompiled = false;
#endif

    /// <summary>Steps counted on this thread since the last <see cref="Reset"/>.</summary>
    public static long Steps => t_steps;

    public static void Reset() => t_steps = 0;

    [Conditional("SCREENING_WORK_COUNTER")]
    public static void Add(long steps) => t_steps += steps;
}
