using GenScreen.Core.Configuration;
using GenScreen.Core.HashBanks;
using GenScreen.Storage.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenScreen.Storage.HashBanks;

/// <summary>Registers the known-image banks: Table storage and snapshot blobs, the in-memory cache the screener matches against, quarantine banking.</summary>
public static class HashBankServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenHashBanks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HashBankOptions>()
            .Bind(configuration.GetSection(HashBankOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddVerdictConnectionClients(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HashBankStore>();
        services.AddSingleton<HashBankCache>();
        services.AddSingleton<IHashBankSource>(sp => sp.GetRequiredService<HashBankCache>());
        services.AddHostedService(sp => sp.GetRequiredService<HashBankCache>());
        services.AddSingleton<QuarantineBanker>();
        return services;
    }
}
