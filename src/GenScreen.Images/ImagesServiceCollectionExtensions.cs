using GenScreen.Core.HashBanks;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Detectors;
using GenScreen.Core.Prompts;
using GenScreen.Images.Faces;
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
    /// <summary>Service key of the second stage's <see cref="NsfwModelStore"/> (the unkeyed store is the first stage's).</summary>
    public const string SecondStageKey = "nsfw-second-stage";

    public static IServiceCollection AddGenScreenImageScreener(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ImageScreeningOptions>>().Value;
            var firstStage = NsfwModelSpec.FirstStage(options, Int8KernelSupport.ThisCpu);
            return new NsfwModelStore(new NsfwModelStoreOptions { Model = firstStage, ModelPath = ModelPath(options.ModelPath, firstStage) });
        });
        services.AddSingleton(sp => NsfwClassifier.Create(sp.GetRequiredService<NsfwModelStore>()));
        services.AddKeyedSingleton(SecondStageKey, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptions<ImageScreeningOptions>>().Value;
            var secondStage = NsfwModelSpec.SecondStage(options, Int8KernelSupport.ThisCpu);
            return new NsfwModelStore(new NsfwModelStoreOptions { Model = secondStage, ModelPath = ModelPath(options.SecondStageModelPath, secondStage) });
        });
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ImageScreeningOptions>>().Value.SecondStage
            ? new NsfwSecondStage(NsfwClassifier.Create(sp.GetRequiredKeyedService<NsfwModelStore>(SecondStageKey)))
            : NsfwSecondStage.Disabled);
        services.AddHostedService<ImageScreenerStartup>();
        // Faces are on where the host registered the analyzer (AddGenScreenFaceAnalyzer) with Faces:Enabled.
        services.AddSingleton(sp => sp.GetService<IOptions<FaceAnalyzerOptions>>()?.Value.Enabled == true && sp.GetService<FaceAnalyzer>() is { } analyzer
            ? new FaceStage(analyzer, sp.GetServices<IFaceAnalysisEnricher>())
            : FaceStage.Off);
        services.AddSingleton(sp => new ImageScreeningGate(sp.GetRequiredService<IOptions<ImageScreeningOptions>>(), sp.GetServices<IImageDetector>(), sp.GetRequiredService<FaceStage>()));
        services.TryAddSingleton(TimeProvider.System); // the decode budget's clock
        services.AddSingleton(sp => new ImageScreener(
            sp.GetRequiredService<NsfwClassifier>(), sp.GetRequiredService<NsfwSecondStage>(), sp.GetRequiredService<PromptScreener>(), sp.GetRequiredService<IOptions<ImageScreeningOptions>>(),
            sp.GetServices<IImageDetector>(), sp.GetRequiredService<ImageScreeningGate>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<FaceStage>(),
            sp.GetService<IHashBankSource>()));
        services.AddSingleton<IImageScreener>(sp => sp.GetRequiredService<ImageScreener>());
        return services;
    }

    /// <summary>The configured path, else the copy deployed beside the app (models/, put there by the Functions build).</summary>
    private static string ModelPath(string? configuredPath, NsfwModelSpec spec) =>
        configuredPath is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "models", spec.FileName);
}
