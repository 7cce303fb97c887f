using GenScreen.Images.Pipeline;
using GenScreen.Core.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Images.People;

/// <summary>
/// Registers protected-people matching for a host: the prompt-name feed (<see cref="EnrolledNames"/>), the matcher and
/// its refresh service, and the per-image <see cref="ProtectedPeopleRecognizer"/> (whose recognition model — configured, or shipped in
/// models/ beside the app, hash-checked — is loaded when it is first resolved). Needs an <see cref="IProtectedPeopleStore"/> (GenScreen.Storage's AddProtectedPeopleStorage)
/// and validated <see cref="ProtectedPeopleOptions"/>.
/// </summary>
public static class PeopleServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenProtectedPeople(this IServiceCollection services)
    {
        services.AddSingleton<EnrolledNames>(sp => new EnrolledNames(
            sp.GetRequiredService<IOptions<GenScreen.Core.Configuration.ScreeningOptions>>().Value,
            sp.GetRequiredService<GenScreen.Core.Prompts.PromptScreeningService>()));
        services.AddSingleton(sp => new ProtectedPersonMatcher(
            sp.GetRequiredService<IProtectedPeopleStore>(),
            FaceRecognitionModelInfo.ModelVersion(FaceRecognitionModelInfo.Sha256),
            (float)sp.GetRequiredService<IOptions<ProtectedPeopleOptions>>().Value.MatchThreshold,
            sp.GetRequiredService<EnrolledNames>()));
        services.AddHostedService(sp => new ProtectedPeopleRefreshService(
            sp.GetRequiredService<ProtectedPersonMatcher>(),
            sp.GetRequiredService<IOptions<ProtectedPeopleOptions>>().Value.RefreshInterval,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ProtectedPeopleRefreshService>>()));
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<ProtectedPeopleOptions>>().Value.RecognitionModelPath;
            var deployed = Path.Combine(AppContext.BaseDirectory, "models", FaceRecognitionModelInfo.FileName);
            return FaceEmbedder.Create(configured is { Length: > 0 } ? configured : deployed);
        });
        services.AddSingleton<ProtectedPeopleRecognizer>();
        // The image pipeline's FaceStage runs every registered enricher on each face analysis: matches join the faces there.
        services.AddSingleton<IFaceAnalysisEnricher>(sp => sp.GetRequiredService<ProtectedPeopleRecognizer>());
        return services;
    }
}
