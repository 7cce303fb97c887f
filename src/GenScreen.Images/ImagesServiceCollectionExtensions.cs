using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenScreen.Images;

/// <summary>
/// Registers the image screener: the NSFW models (MobileNetV2, and InceptionV3 as the second stage unless
/// <c>ImageScreening:SecondStage</c> is off; one ONNX session each per process, loaded and hash-checked at start-up),
/// the admission gate (bounded concurrency) and the decode → detect → decide pipeline.
/// </summary>
public static class ImagesServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenImageScreener(this IServiceCollection services)
    {
        services.AddSingleton(sp => new NsfwModelStore(new NsfwModelStoreOptions { ModelPath = ModelPath(sp.GetRequiredService<IOptions<ImageScreeningOptions>>().Value.ModelPath, NsfwModelSpec.MobileNetV2) }));
        services.AddSingleton(sp => NsfwClassifier.Create(sp.GetRequiredService<NsfwModelStore>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ImageScreeningOptions>>().Value;
            if (!options.SecondStage)
            {
                return NsfwSecondStage.Disabled;
            }

            var spec = NsfwModelSpec.InceptionV3;
            var store = new NsfwModelStore(new NsfwModelStoreOptions { Model = spec, ModelPath = ModelPath(options.SecondStageModelPath, spec) });
            return new NsfwSecondStage(NsfwClassifier.Create(store));
        });
        services.AddHostedService<ImageScreenerStartup>();
        services.AddSingleton<ImageScreeningGate>();
        services.TryAddSingleton(TimeProvider.System); // the decode budget's clock
        services.AddSingleton<ImageScreener>();
        services.AddSingleton<IImageScreener>(sp => sp.GetRequiredService<ImageScreener>());
        return services;
    }

    /// <summary>The configured path, else the copy deployed beside the app (models/), else null: import from npm in a clone.</summary>
    private static string? ModelPath(string? configuredPath, NsfwModelSpec spec)
    {
        if (configuredPath is { Length: > 0 } configured)
        {
            return configured;
        }

        var deployed = Path.Combine(AppContext.BaseDirectory, "models", spec.FileName);
        return File.Exists(deployed) ? deployed : null;
    }
}
