using GenScreen.Core.Configuration;
using GenScreen.Images.Faces;
using GenScreen.Images.Pipeline;
using GenScreen.Images.Models;
using GenScreen.Images.Nsfw;
using GenScreen.ModelImport;
using GenScreen.ModelImport.FaceApi;
using Microsoft.Extensions.Configuration;

namespace GenScreen.Cli.Commands;

/// <summary>
/// The image models of the offline commands (<c>screen image</c>, <c>eval images</c>), loaded as the service loads them:
/// the NSFW classifier (both stages unless <c>ImageScreening__SecondStage=false</c>) and, unless <c>Faces__Enabled=false</c>, the face analyzer (section <c>Faces</c>), each hash-checked.
/// </summary>
internal sealed class CliImageModels : IDisposable
{
    private CliImageModels(NsfwClassifier classifier, NsfwSecondStage secondStage, FaceAnalyzer? faces)
    {
        Classifier = classifier;
        SecondStage = secondStage;
        Faces = faces;
    }

    public NsfwClassifier Classifier { get; }

    /// <summary>InceptionV3 on the frames MobileNetV2 flags, as in the hosts (docs/images.md), unless <c>SecondStage</c> is off.</summary>
    public NsfwSecondStage SecondStage { get; }

    /// <summary>The faces stage over <see cref="Faces"/> (off without an analyzer).</summary>
    public FaceStage FaceStage => Faces is null ? FaceStage.Off : new FaceStage(Faces);

    /// <summary>The faces stage with <paramref name="enrichers"/> run on each analysis, as the hosts run protected-person matching (off without an analyzer).</summary>
    public FaceStage FaceStageWith(IEnumerable<IFaceAnalysisEnricher> enrichers) => Faces is null ? FaceStage.Off : new FaceStage(Faces, enrichers);

    public FaceAnalyzer? Faces { get; }

    /// <summary>Null (after writing why to <paramref name="error"/>) when a model is missing or altered.</summary>
    public static CliImageModels? TryLoad(IConfiguration configuration, ImageScreeningOptions options, FaceAnalyzerOptions faceOptions, TextWriter error)
    {
        NsfwClassifier? classifier = null;
        NsfwSecondStage? secondStage = null;
        try
        {
            // A configured model is checked like a deployed file; without one, the clone's (imported on first use).
            classifier = new NsfwClassifier(new NsfwModelCache(new NsfwModelCacheOptions { Model = NsfwModelSpec.FirstStage(options, Int8KernelSupport.ThisCpu), ModelPath = options.ModelPath }, error.WriteLine).GetModel());
            secondStage = options.SecondStage
                ? new NsfwSecondStage(new NsfwClassifier(new NsfwModelCache(new NsfwModelCacheOptions { Model = NsfwModelSpec.SecondStage(options, Int8KernelSupport.ThisCpu), ModelPath = options.SecondStageModelPath }, error.WriteLine).GetModel()))
                : NsfwSecondStage.Disabled;
            var faces = faceOptions.Enabled
                ? new FaceAnalyzer(
                    faceOptions.DetectorModelPath is { Length: > 0 }
                        ? FaceModelFiles.Locate(faceOptions.DetectorModelPath, faceOptions.LandmarksModelPath, faceOptions.AgeModelPath, faceOptions.Detector)
                        : FaceModelCache.EnsureFiles(log: error.WriteLine, detector: faceOptions.Detector),
                    faceOptions)
                : null;
            return new CliImageModels(classifier, secondStage, faces);
        }
        catch (Exception ex) when (ex is ModelIntegrityException or FileNotFoundException or UnvalidatedInt8KernelsException)
        {
            // A missing or altered model, or int8 on a CPU it was not validated for, is refused before anything is screened.
            classifier?.Dispose();
            secondStage?.Dispose();
            error.WriteLine(ex.Message);
            return null;
        }
    }

    /// <summary>The face analyzer's settings from configuration (<c>Faces__*</c>).</summary>
    public static FaceAnalyzerOptions FaceOptions(IConfiguration configuration)
    {
        var options = new FaceAnalyzerOptions();
        configuration.GetSection(FaceAnalyzerOptions.SectionName).Bind(options);
        return options;
    }

    public void Dispose()
    {
        Classifier.Dispose();
        SecondStage.Dispose();
        Faces?.Dispose();
    }
}
