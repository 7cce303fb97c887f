namespace GenScreen.Cli.Bulk;

/// <summary>How a re-screening run behaves (command-line options of <c>genscreen rescreen</c>).</summary>
/// <param name="Apply">Write new versions and checkpoints; false is a dry run that only reports.</param>
/// <param name="Limit">Stop after this many rows (the checkpoint lets the next run go on from there).</param>
/// <param name="Restart">Ignore an unfinished checkpoint and start from the first row.</param>
internal sealed record RescreenSettings(bool Apply, long? Limit, bool Restart, int PageSize, int Parallelism);
