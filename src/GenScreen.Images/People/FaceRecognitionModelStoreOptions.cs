namespace GenScreen.Images.People;

/// <summary>Where <see cref="FaceRecognitionModelStore"/> looks for the recognition model and whether it may create it.</summary>
public sealed class FaceRecognitionModelStoreOptions
{
    /// <summary>A deployed model file to use instead of the cache; it must exist and have <see cref="ExpectedSha256"/>.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Where an imported model is written and looked for; default <c>&lt;repo&gt;/artifacts/models/face_recognition_model.onnx</c>.</summary>
    public string? CachePath { get; set; }

    /// <summary>The clone holding package.json and node_modules; default: found above the current or app directory.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>The SHA-256 every model file must have; default the recorded model's.</summary>
    public string ExpectedSha256 { get; set; } = FaceRecognitionModelInfo.Sha256;

    /// <summary>Whether a missing model may be imported from node_modules/@vladmandic/face-api (running <c>npm ci</c> when needed).</summary>
    public bool AllowImport { get; set; } = true;

    public TimeSpan NpmCiTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
