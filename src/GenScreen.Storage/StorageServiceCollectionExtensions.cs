using Azure.Data.Tables;
using GenScreen.Storage.Connections;
using GenScreen.Storage.Reports;
using GenScreen.Storage.Strikes;
using GenScreen.Storage.Review;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using GenScreen.Storage.Verdicts.Journal;
using GenScreen.Storage.Verdicts.Transactions;

namespace GenScreen.Storage;

/// <summary>Registers the verdict store on Azure Table storage, with its background retry.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<VerdictStoreOptions>()
            .Bind(configuration.GetSection(VerdictStoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configuration.GetValue<bool?>($"{VerdictStoreOptions.SectionName}:Enabled") == false)
        {
            // Nothing is recorded, so no id is ever looked up again: a configured key is used if there is
            // one (ids then match a recording host's), else a per-process one.
            services.AddSingleton(sp => sp.GetRequiredService<IOptions<VerdictStoreOptions>>().Value.IdKey is { Length: >= VerdictIdGenerator.MinKeyLength } key
                ? new VerdictIdGenerator(key)
                : VerdictIdGenerator.WithRandomKey());
            services.AddSingleton<IPromptVerdictStore, DisabledPromptVerdictStore>();
            return services;
        }

        // The options are validated on start: a recording host has a key of the required length.
        services.AddSingleton(sp => new VerdictIdGenerator(sp.GetRequiredService<IOptions<VerdictStoreOptions>>().Value.IdKey!));

        services.AddSingleton(sp => StorageClients.CreateTableServiceClient(configuration, sp.GetRequiredService<IOptions<VerdictStoreOptions>>().Value.Connection));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<VerdictStoreOptions>>().Value;
            if (!options.JournalEnabled)
            {
                return new VerdictRetryBacklog(options.RetryBacklogCapacity);
            }

            var path = options.JournalPath is { Length: > 0 } configured ? configured : DefaultJournalPath.For(sp.GetRequiredService<TableServiceClient>().Uri, options.TableName);
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger<VerdictJournal>();
            return new VerdictRetryBacklog(options.RetryBacklogCapacity, () => VerdictJournal.Open(path, logger));
        });
        // One writer of the group-committed tables for the host (verdicts and the review index), as configured.
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<VerdictStoreOptions>>().Value;
            return TableWriters.Create(options.TableWriter, configuration, options.Connection);
        });
        services.AddSingleton<TablePromptVerdictStore>();
        services.AddSingleton<IPromptVerdictStore>(sp => sp.GetRequiredService<TablePromptVerdictStore>());
        services.TryAddSingleton(TimeProvider.System); // the retry backoff's clock
        services.AddHostedService<VerdictRetryService>();
        // Reportable blocks on the reports queue, and repeat offenders' strikes (docs/reports.md, docs/strikes.md).
        services.AddGenScreenReports(configuration);
        services.AddGenScreenStrikes(configuration);
        // Review and block verdicts are indexed as they are stored; the moderators' routes read that index.
        services.AddGenScreenReview(configuration);
        return services;
    }
}
