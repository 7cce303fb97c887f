namespace GenScreen.LocalDev.Azurite;

/// <summary>How to start the local Azurite emulator.</summary>
public sealed class AzuriteOptions
{
    /// <summary>Keep data in memory only (tests); otherwise under <see cref="DataDirectory"/>.</summary>
    public bool InMemory { get; set; } = true;

    /// <summary>Where data lives when not in memory; default <c>.azurite/</c> in the repository.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The repository root holding package.json and the lockfile; found automatically when null.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>How long to wait for the three services to listen (first use also installs from npm).</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
