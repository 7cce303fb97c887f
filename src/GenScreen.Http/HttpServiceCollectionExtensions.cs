using GenScreen.ContentSafety.Detection;
using GenScreen.Core.Configuration;
using GenScreen.Http.Endpoints;
using GenScreen.Http.Endpoints.Review;
using GenScreen.Http.Health;
using GenScreen.Http.OpenApi;
using GenScreen.Http.Review.Page;
using GenScreen.Http.Security;
using GenScreen.Core.People;
using GenScreen.Images;
using GenScreen.Images.Faces;
using GenScreen.Images.People;
using GenScreen.Storage;
using GenScreen.Storage.People;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GenScreen.Http;

/// <summary>Everything the HTTP endpoints need, for the Functions app and the local host alike.</summary>
public static class HttpServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGenScreenCore(o => o.Bind(configuration.GetSection(ScreeningOptions.SectionName)));
        services.AddGenScreenStorage(configuration);
        services.AddContentSafetyDetector(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ScreenPromptHandler>();
        services.AddSingleton<GetVerdictHandler>();
        services.AddHealthChecks();
        services.AddSingleton<HealthHandler>();
        services.AddSingleton<OpenApiHandler>();
        services.AddSingleton<GetVerdictRecordHandler>();
        services.AddSingleton<MarkReportedHandler>();
        services.AddSingleton<StrikesHandler>();
        // The review page's static shell (its data comes from the admin-only review API).
        services.AddSingleton<ReviewPageAssets>();
        services.AddSingleton<ReviewPageHandler>();
        if (configuration.GetValue<bool?>($"{VerdictStoreOptions.SectionName}:Enabled") != false)
        {
            // The moderators' queue and actions (docs/review.md); their storage comes with AddGenScreenStorage.
            services.AddSingleton<ReviewReadHandler>();
            services.AddSingleton<ReviewActionHandler>();
        }

        // Admin routes stay closed unless the host adds its mechanism (AddAppServiceAdminAuthorization, AddAdminKeyAuthorization).
        services.AddAdminOptions(configuration);
        if (configuration.GetValue<bool>($"{ProtectedPeopleOptions.SectionName}:Enabled"))
        {
            // Enrolled people: their names join prompt screening now, their faces the image matcher (docs/images.md#protected-people).
            services.AddProtectedPeopleStorage(configuration);
            services.AddGenScreenProtectedPeople();
        }

        return services;
    }

    /// <summary>The blob-triggered image pipeline: screener (model, decoder) and the blob side (verdict rows, quarantine).</summary>
    public static IServiceCollection AddGenScreenImagePipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGenScreenImageStorage(configuration);
        // Faces (section Faces) on the worst frame of every image; Faces:Enabled=false screens without them.
        services.AddGenScreenFaceAnalyzer(b => b.Bind(configuration.GetSection(FaceAnalyzerOptions.SectionName)));
        services.AddGenScreenImageScreener();
        services.AddSingleton<ScreenImageHandler>();
        services.AddSingleton<GetImageVerdictRecordHandler>();
        // Stuck decodes make the instance unhealthy, so a platform probing /api/health recycles it.
        services.AddHealthChecks().AddCheck<ImageScreeningHealthCheck>(ImageScreeningHealthCheck.Name);
        return services;
    }
}
