using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenScreen.Images;

/// <summary>
/// Registers the image screener: the NSFW model (one ONNX session per process, loaded and hash-checked at start-up),
/// the admission gate (bounded concurrency) and the decode → detect → decide pipeline.
/// </summary>
public static class ImagesServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenImageScreener(this IServiceCollection services)
    {
        services.AddSingleton(sp => new NsfwModelStore(new NsfwModelStoreOptions { ModelPath = ModelPath(sp.GetRequiredService<IOptions<ImageScreeningOptions>>().Value) }));
        services.AddSingleton(sp => NsfwClassifier.Create(sp.GetRequiredService<NsfwModelStore>()));
        services.AddHostedService<ImageScreenerStartup>();
        services.AddSingleton<ImageScreeningGate>();
        services.TryAddSingleton(TimeProvider.System); // the decode budget's clock
        services.AddSingleton<ImageScreener>();
        services.AddSingleton<IImageScreener>(sp => sp.GetRequiredService<ImageScreener>());
        return services;
    }

    /// <summary>The configured path, else the copy deployed beside the app (models/, put there by the Functions build).</summary>
    private static string ModelPath(ImageScreeningOptions options) =>
        options.ModelPath is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "models", NsfwModelInfo.FileName);
}
