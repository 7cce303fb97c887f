using GenScreen.Storage.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Strikes;

/// <summary>Registers the strike ledger (section <c>Strikes</c>); nothing when <c>Strikes:Enabled=false</c>.</summary>
public static class StrikesServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenStrikes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StrikeOptions>()
            .Bind(configuration.GetSection(StrikeOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configuration.GetValue<bool?>($"{StrikeOptions.SectionName}:Enabled") == false)
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StrikeOptions>>();
            var table = StorageClients.CreateTableServiceClient(configuration, options.Value.Connection).GetTableClient(options.Value.TableName);
            return new StrikeLedger(table, options, sp.GetRequiredService<TimeProvider>());
        });

        // A moderator's confirmation is a strike too (once per verdict): the review actions tell their observers.
        services.AddSingleton<GenScreen.Core.Review.IReviewActionObserver, ConfirmedViolationStrikes>();
        return services;
    }
}
