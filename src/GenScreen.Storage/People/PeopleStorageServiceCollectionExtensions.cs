using GenScreen.Core.People;
using GenScreen.Storage.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.People;

/// <summary>Registers the enrolled-people table store (section <c>People</c>).</summary>
public static class PeopleStorageServiceCollectionExtensions
{
    public static IServiceCollection AddProtectedPeopleStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProtectedPeopleOptions>()
            .Bind(configuration.GetSection(ProtectedPeopleOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IProtectedPeopleStore>(sp => new TableProtectedPeopleStore(
            StorageClients.CreateTableServiceClient(configuration, sp.GetRequiredService<IOptions<ProtectedPeopleOptions>>().Value.Connection),
            sp.GetRequiredService<IOptions<ProtectedPeopleOptions>>()));
        return services;
    }
}
