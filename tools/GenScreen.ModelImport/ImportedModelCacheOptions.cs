namespace GenScreen.ModelImport;

/// <summary>Where <see cref="ImportedModelCache"/> looks for one model file and whether it may create it.</summary>
public sealed class ImportedModelCacheOptions
{
    /// <summary>A file to use instead of the cache (checked by the run-time verifier: it must exist and have the recorded hash).</summary>
    public string? ModelPath { get; set; }

    /// <summary>Directory of imported models; default <c>&lt;repo&gt;/artifacts/models</c>.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>The clone holding package.json and node_modules; default: found above the current or app directory.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>Whether a missing or stale model may be imported from node_modules (running <c>npm ci</c> when needed).</summary>
    public bool AllowImport { get; set; } = true;

    /// <summary>Upper bound for <c>npm ci</c> on a clean clone.</summary>
    public TimeSpan NpmCiTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
