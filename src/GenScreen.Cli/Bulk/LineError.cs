namespace GenScreen.Cli.Bulk;

/// <summary>Why an input line got an error line instead of a verdict; <see cref="Code"/> is stable, for scripts.</summary>
internal readonly record struct LineError(string Code, string Message)
{
    public const string InvalidJson = "invalid-json";
    public const string InvalidLine = "invalid-line";
    public const string UnknownPolicy = "unknown-policy";
    public const string LineTooLong = "line-too-long";
    public const string ScreeningFailed = "screening-failed";
}
