namespace GenScreen.Cli.Commands;

/// <summary>
/// Exit codes of the batch commands (<c>screen prompts</c>, <c>eval prompts</c>, <c>rescreen</c>), which
/// report many decisions at once and so, unlike <c>screen prompt</c>, do not exit by decision.
/// </summary>
internal static class BatchExitCodes
{
    public const int Success = 0;

    /// <summary>Nothing or little was done: bad arguments, unreadable input or rules, storage unreachable.</summary>
    public const int Fatal = 1;

    /// <summary>The run finished, but some lines or rows failed (each is reported).</summary>
    public const int SomeFailed = 2;

    /// <summary><c>eval prompts</c>: a <c>--min-recall</c> or <c>--max-false-positive</c> gate was not met.</summary>
    public const int GateFailed = 3;
}
