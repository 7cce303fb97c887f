using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using GenScreen.Core.Configuration;
using GenScreen.Http;
using GenScreen.Http.Hosting;
using GenScreen.Http.Security;
using GenScreen.Http.Telemetry;
using GenScreen.Core.People;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Faces;
using GenScreen.ModelImport;
using GenScreen.ModelImport.FaceApi;
using GenScreen.Images.People;
using GenScreen.ModelImport.FaceRecognition;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenScreen.LocalHost;

/// <summary>
/// Hosts GenScreen's HTTP routes on Kestrel, for machines without Azure Functions Core Tools: the same
/// handlers, configuration names and storage as the Functions app. Used by <c>genscreen serve</c> and the tests.
/// Unlike the Functions app, it finds the NSFW model in the clone when none is configured (importing it on first use).
/// </summary>
public static class LocalWebHost
{
    /// <param name="url">e.g. <c>http://127.0.0.1:7071</c>; port 0 picks a free port.</param>
    /// <param name="settings">Settings layered over environment variables (Functions names, e.g. <c>GenScreenStorage</c>).</param>
    public static WebApplication Build(string url, IReadOnlyDictionary<string, string?> settings, LogLevel minimumLevel = LogLevel.Warning)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddGenScreenHttp(builder.Configuration);
        // OpenTelemetry when configured (OTEL_EXPORTER_OTLP_ENDPOINT, Telemetry:Console=true): docs/telemetry.md.
        builder.Services.AddGenScreenTelemetry(builder.Configuration, "genscreen-serve");
        UseTheClonesRecognitionModel(builder.Services);
        // Kestrel has no App Service in front: admins prove themselves with Admin:ApiKey, never a principal header.
        builder.Services.AddAdminKeyAuthorization(builder.Configuration);
        // The image pipeline needs blob storage; "ImageScreening:Enabled=false" hosts the prompt API alone.
        if (builder.Configuration.GetValue("ImageScreening:Enabled", true) && builder.Configuration.GetValue("VerdictStore:Enabled", true))
        {
            builder.Services.AddGenScreenImagePipeline(builder.Configuration);
            UseTheClonesModel(builder.Services);
            UseTheClonesFaceModels(builder.Services);
            // The local blob trigger (in Azure the Event Grid blob trigger replaces it).
            builder.Services.AddSingleton<BlobWatcher>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<BlobWatcher>());
        }
        var app = builder.Build();
        app.MapGenScreen();
        return app;
    }

    /// <summary>
    /// The configured models (<c>ImageScreening:ModelPath</c>, <c>SecondStageModelPath</c>), else copies beside the app (models/), else the clone's
    /// cached one, imported from node_modules/nsfwjs on first use. Resolved when the model is first needed (start-up), as the run-time store is;
    /// the run-time store then checks the file's hash like any deployed model's.
    /// </summary>
    private static void UseTheClonesModel(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton(sp =>
            ClonesModel(sp.GetRequiredService<IOptions<ImageScreeningOptions>>().Value.ModelPath, NsfwModelSpec.FirstStage(sp.GetRequiredService<IOptions<ImageScreeningOptions>>().Value, Int8KernelSupport.ThisCpu))));
        // The second stage's model (InceptionV3, in its configured precision) the same way, under its own key.
        services.RemoveAllKeyed<NsfwModelStore>(GenScreen.Images.ImagesServiceCollectionExtensions.SecondStageKey);
        services.AddKeyedSingleton(GenScreen.Images.ImagesServiceCollectionExtensions.SecondStageKey, (sp, _) =>
            ClonesModel(sp.GetRequiredService<IOptions<ImageScreeningOptions>>().Value.SecondStageModelPath, NsfwModelSpec.SecondStage(sp.GetRequiredService<IOptions<ImageScreeningOptions>>().Value, Int8KernelSupport.ThisCpu)));
    }

    private static NsfwModelStore ClonesModel(string? configured, NsfwModelSpec spec)
    {
        var deployed = Path.Combine(AppContext.BaseDirectory, "models", spec.FileName);
        var path = configured is { Length: > 0 } ? configured : GenScreen.Images.Models.ModelFileContent.Exists(deployed) ? deployed : NsfwModelCache.EnsureFile(spec);
        return new NsfwModelStore(new NsfwModelStoreOptions { ModelPath = path, Model = spec });
    }

    /// <summary>
    /// The configured face models (<c>Faces:*ModelPath</c>, all three), else copies beside the app (models/), else the
    /// clone's cache, imported from node_modules/@vladmandic/face-api on first use; nothing when <c>Faces:Enabled=false</c>.
    /// Set before the options are validated, so the run-time loader checks the files' hashes like any deployed model's.
    /// </summary>
    private static void UseTheClonesFaceModels(IServiceCollection services) =>
        services.PostConfigure<FaceAnalyzerOptions>(o =>
        {
            var deployed = Path.Combine(AppContext.BaseDirectory, "models", FaceModelInfo.DetectorIdentity(o.Detector).FileName);
            if (!o.Enabled || o.DetectorModelPath is { Length: > 0 } || GenScreen.Images.Models.ModelFileContent.Exists(deployed))
            {
                return;
            }

            var files = FaceModelCache.EnsureFiles(detector: o.Detector);
            (o.DetectorModelPath, o.LandmarksModelPath, o.AgeModelPath) = (files.Detector.Path, files.Landmarks.Path, files.Age.Path);
        });

    /// <summary>
    /// With <c>People:Enabled</c>, the recognition model the same way: configured, else beside the app, else the clone's
    /// cached one, imported from node_modules/@vladmandic/face-api on first use (then hash-checked by the embedder).
    /// </summary>
    private static void UseTheClonesRecognitionModel(IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(FaceEmbedder)))
        {
            return;
        }

        services.Replace(ServiceDescriptor.Singleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<ProtectedPeopleOptions>>().Value.RecognitionModelPath;
            var deployed = Path.Combine(AppContext.BaseDirectory, "models", FaceRecognitionModelInfo.FileName);
            return FaceEmbedder.Create(configured is { Length: > 0 } ? configured : GenScreen.Images.Models.ModelFileContent.Exists(deployed) ? deployed : FaceApiRecognitionModelImporter.EnsureFile().Path);
        }));
    }

    /// <summary>The address Kestrel actually bound (after port 0).</summary>
    public static Uri BoundAddress(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }
}
