using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Images.Nsfw;
using GenScreen.Images.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenScreen.Images;

/// <summary>Registers the image screener: the NSFW model (one ONNX session per process) and the decode → detect → decide pipeline.</summary>
public static class ImagesServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenImageScreener(this IServiceCollection services)
    {
        services.AddSingleton(sp => new NsfwModelStore(new NsfwModelStoreOptions { ModelPath = sp.GetRequiredService<IOptions<ImageScreeningOptions>>().Value.ModelPath }));
        services.AddSingleton(sp => NsfwClassifier.Create(sp.GetRequiredService<NsfwModelStore>()));
        services.AddSingleton<ImageScreener>();
        services.AddSingleton<IImageScreener>(sp => sp.GetRequiredService<ImageScreener>());
        return services;
    }
}
