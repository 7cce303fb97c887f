using GenScreen.Images.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenScreen.Images.Faces;

/// <summary>
/// Registers the face analyzer: validated <see cref="FaceAnalyzerOptions"/> (section <c>Faces</c>), the three model
/// files (configured paths, else <c>models/</c> beside the app, else imported into <c>artifacts/models</c> in a clone)
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
            return new FaceModelStore(
                StoreOptions(options.DetectorModelPath, FaceModelInfo.DetectorFileName),
                StoreOptions(options.LandmarksModelPath, FaceModelInfo.LandmarksFileName),
                StoreOptions(options.AgeModelPath, FaceModelInfo.AgeFileName));
        });
        services.AddSingleton(sp => new FaceAnalyzer(sp.GetRequiredService<FaceModelStore>(), sp.GetRequiredService<IOptions<FaceAnalyzerOptions>>().Value));
        services.AddHostedService<FaceAnalyzerStartup>();
        return services;
    }

    /// <summary>The configured path, else the copy deployed beside the app (models/), else null: import from npm in a clone.</summary>
    private static ImportedModelStoreOptions StoreOptions(string? configured, string fileName)
    {
        if (configured is { Length: > 0 })
        {
            return new ImportedModelStoreOptions { ModelPath = configured };
        }

        var deployed = Path.Combine(AppContext.BaseDirectory, "models", fileName);
        return new ImportedModelStoreOptions { ModelPath = File.Exists(deployed) ? deployed : null };
    }
}
