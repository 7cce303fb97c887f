using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using GenScreen.Core.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GenScreen.Http.Telemetry;

/// <summary>
/// OpenTelemetry for both hosts: the <c>GenScreen</c> meter (<see cref="GenScreenMetrics"/>), logs and traces, sent where the
/// environment says (docs/telemetry.md): Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (with the
/// managed identity's token when <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> asks for Entra ID, as infra sets it), OTLP
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, the console when <c>Telemetry:Console</c> is true. With none of them
/// nothing is registered: the instruments then cost one flag check.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string AppInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AppInsightsAuthenticationString = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ConsoleSetting = "Telemetry:Console";

    /// <summary>Registers OpenTelemetry when an exporter is configured; returns the builder (null when none is) so a host can add its own parts.</summary>
    public static OpenTelemetryBuilder? AddGenScreenTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var appInsights = configuration[AppInsightsConnectionString];
        var otlp = configuration[OtlpEndpoint];
        var console = configuration.GetValue<bool>(ConsoleSetting);
        if (string.IsNullOrWhiteSpace(appInsights) && string.IsNullOrWhiteSpace(otlp) && !console)
        {
            return null;
        }

        var entraId = configuration[AppInsightsAuthenticationString]?.Contains("Authorization=AAD", StringComparison.OrdinalIgnoreCase) == true;
        void AzureMonitor(AzureMonitorExporterOptions o)
        {
            o.ConnectionString = appInsights;
            if (entraId)
            {
                // Local authentication is off on the App Insights resource: the identity's token (AZURE_CLIENT_ID picks it).
                o.Credential = new DefaultAzureCredential();
            }
        }

        var builder = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(m =>
            {
                m.AddMeter(GenScreenMetrics.MeterName);
                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    m.AddAzureMonitorMetricExporter(AzureMonitor);
                }

                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    m.AddOtlpExporter();
                }

                if (console)
                {
                    m.AddConsoleExporter();
                }
            })
            .WithTracing(t =>
            {
                if (!string.IsNullOrWhiteSpace(appInsights))
                {
                    t.AddAzureMonitorTraceExporter(AzureMonitor);
                }

                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    t.AddOtlpExporter();
                }

                if (console)
                {
                    t.AddConsoleExporter();
                }
            });

        // Logs go through the same exporters; what is logged never includes prompt text or image bytes (LogPrivacyTests).
        services.AddLogging(logging => logging.AddOpenTelemetry(o =>
        {
            if (!string.IsNullOrWhiteSpace(appInsights))
            {
                o.AddAzureMonitorLogExporter(AzureMonitor);
            }

            if (!string.IsNullOrWhiteSpace(otlp))
            {
                o.AddOtlpExporter();
            }

            if (console)
            {
                o.AddConsoleExporter();
            }
        }));
        return builder;
    }
}
