using GenScreen.Images.Nsfw;

namespace GenScreen.ModelImport;

/// <summary>Where <see cref="NsfwModelCache"/> looks for the ONNX model and how it may create it.</summary>
public sealed class NsfwModelCacheOptions
{
    /// <summary>
    /// A model file to use (e.g. one deployed with the app) instead of the cache. It must exist and have
    /// <see cref="ExpectedSha256"/>; nothing falls back to an import when it does not.
    /// </summary>
    public string? ModelPath { get; set; }

    /// <summary>Where an imported model is written and looked for; default <c>&lt;repo&gt;/artifacts/models/nsfw_mobilenet_v2.onnx</c>.</summary>
    public string? CachePath { get; set; }

    /// <summary>The clone holding package.json and node_modules; default: found above the current or app directory.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>The SHA-256 every model file must have, configured, cached or imported; default the recorded model's.</summary>
    public string ExpectedSha256 { get; set; } = NsfwModelInfo.Sha256;

    /// <summary>Whether a missing model may be imported from node_modules/nsfwjs (running <c>npm ci</c> when needed).</summary>
    public bool AllowImport { get; set; } = true;

    /// <summary>Upper bound for <c>npm ci</c> on a clean clone.</summary>
    public TimeSpan NpmCiTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
