using Azure.Core;

namespace GenScreen.ContentSafety;

/// <summary>
/// Options for <see cref="ContentSafetyClient"/> and <see cref="BlocklistClient"/>: the REST api-version
/// plus Azure.Core's retry, transport and diagnostics settings.
/// </summary>
public class ContentSafetyClientOptions : ClientOptions
{
    private const ServiceVersion LatestVersion = ServiceVersion.V2024_09_01;

    /// <summary>Creates options for <paramref name="version"/> (default: 2024-09-01, the latest GA).</summary>
    public ContentSafetyClientOptions(ServiceVersion version = LatestVersion)
    {
        Version = version switch
        {
            ServiceVersion.V2023_10_01 => "2023-10-01",
            ServiceVersion.V2024_09_01 => "2024-09-01",
            _ => throw new NotSupportedException($"Service version {version} is not supported."),
        };
    }

    /// <summary>GA REST versions of Azure AI Content Safety.</summary>
#pragma warning disable CA1034 // Nested so the shape matches Azure.AI.ContentSafety (ContentSafetyClientOptions.ServiceVersion).
    public enum ServiceVersion
#pragma warning restore CA1034
    {
#pragma warning disable CA1707 // Underscored names mirror the SDK (V2023_10_01) so callers can switch to it unchanged.
        /// <summary>api-version=2023-10-01.</summary>
        V2023_10_01 = 1,

        /// <summary>api-version=2024-09-01.</summary>
        V2024_09_01 = 2,
#pragma warning restore CA1707
    }

    /// <summary>
    /// The clock behind the per-attempt timeout (<c>Retry.NetworkTimeout</c>) and the wait between attempts
    /// (<c>Retry.Delay</c>/<c>MaxDelay</c>, or longer when the service sends Retry-After). Default
    /// <see cref="TimeProvider.System"/>; tests pass a fake clock so retries and timeouts happen when they
    /// advance it, not after real seconds. Not in the official SDK's options.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The api-version query value sent with every request.</summary>
    internal string Version { get; }
}
