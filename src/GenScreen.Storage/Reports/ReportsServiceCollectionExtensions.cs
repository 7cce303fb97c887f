using GenScreen.Storage.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.Reports;

/// <summary>Registers the report ledger and queue (section <c>Reports</c>); nothing when <c>Reports:Enabled=false</c>.</summary>
public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddGenScreenReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>()
            .Bind(configuration.GetSection(ReportOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configuration.GetValue<bool?>($"{ReportOptions.SectionName}:Enabled") == false)
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<ReportOptions>>().Value;
            var table = StorageClients.CreateTableServiceClient(configuration, o.Connection).GetTableClient(o.LedgerTable);
            var queue = StorageClients.CreateQueueServiceClient(configuration, o.Connection).GetQueueClient(o.QueueName);
            return new ReportLedger(table, queue, sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
