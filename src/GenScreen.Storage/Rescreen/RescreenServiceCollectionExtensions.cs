using Azure.Data.Tables;
using GenScreen.Core.Prompts;
using GenScreen.Storage.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Rescreen;

/// <summary>The queue fan-out's page handler, for a host with a queue trigger (the Functions app).</summary>
public static class RescreenServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenRescreenQueue(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RescreenQueueOptions>()
            .Bind(configuration.GetSection(RescreenQueueOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RescreenQueueOptions>>().Value;
            // The batch job's tables use the SDK's default retries, not the request path's fail-fast ones.
            var tables = StorageClients.CreateTableServiceClient(configuration, options.Connection, new TableClientOptions());
            var pages = StorageClients.CreateQueueServiceClient(configuration, options.Connection).GetQueueClient(RescreenQueueOptions.PagesQueue);
            // The rules in force when the page runs (enrolled people's names included).
            var screening = sp.GetRequiredService<PromptScreeningService>();
            return new RescreenPageHandler(tables, pages, () => screening.Screener, options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RescreenPageHandler>>());
        });
        return services;
    }
}
