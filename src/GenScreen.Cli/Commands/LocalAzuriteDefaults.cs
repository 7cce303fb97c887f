namespace GenScreen.Cli.Commands;

/// <summary>
/// Settings of <c>genscreen serve</c> that hold only when it runs the Azurite it started itself, on the same machine.
/// A setting given in the environment always wins (serve's own settings are layered over the environment, so one is
/// only added here when the environment leaves it unset).
/// </summary>
public static class LocalAzuriteDefaults
{
    /// <summary>
    /// One write lane (<c>VerdictStore:GroupCommitLanes</c>): with the emulator on this machine a transaction's round trip
    /// is its CPU, not waiting on a network, so a second lane overlaps nothing and only halves each transaction; one lane
    /// gathers every verdict screened while the previous transaction is in flight, and the emulator's work per row falls
    /// (docs/reliability.md, "Row shape, lanes and the thread pool"). Against Azure the default (2) stands.
    /// </summary>
    public const string LanesVariable = "VerdictStore__GroupCommitLanes";

    public static void Apply(IDictionary<string, string?> settings, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrEmpty(environment(LanesVariable)))
        {
            settings["VerdictStore:GroupCommitLanes"] = "1";
        }
    }
}
