using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenScreen.Images.Faces;

/// <summary>
/// Registers the face analyzer: validated <see cref="FaceAnalyzerOptions"/> (section <c>Faces</c>), the three model
/// files (configured paths, else <c>models/</c> beside the app; a local host passes the clone's cache paths)
/// and one <see cref="FaceAnalyzer"/> per process, loaded and hash-checked when the host starts (when enabled), as the
/// NSFW classifier is.
/// </summary>
public static class FacesServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenFaceAnalyzer(this IServiceCollection services, Action<OptionsBuilder<FaceAnalyzerOptions>> bind)
    {
        ArgumentNullException.ThrowIfNull(bind);
        var builder = services.AddOptions<FaceAnalyzerOptions>().ValidateDataAnnotations().ValidateOnStart();
        bind(builder);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FaceAnalyzerOptions>>().Value;
            var files = FaceModelFiles.Locate(
                ModelPath(options.DetectorModelPath, FaceModelInfo.DetectorIdentity(options.Detector).FileName),
                ModelPath(options.LandmarksModelPath, FaceModelInfo.LandmarksFileName),
                ModelPath(options.AgeModelPath, FaceModelInfo.AgeFileName),
                options.Detector);
            return new FaceAnalyzer(files, options);
        });
        services.AddHostedService<FaceAnalyzerStartup>();
        return services;
    }

    /// <summary>The configured path, else the copy deployed beside the app (models/); in a clone the tooling makes it.</summary>
    private static string ModelPath(string? configured, string fileName) =>
        configured is { Length: > 0 } ? configured : Path.Combine(AppContext.BaseDirectory, "models", fileName);
}
