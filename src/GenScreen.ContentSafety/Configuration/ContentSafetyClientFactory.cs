using Azure;
using Azure.Core;
using Azure.Identity;

namespace GenScreen.ContentSafety;

/// <summary>Builds clients from <see cref="ContentSafetyOptions"/> (key, or Entra ID via DefaultAzureCredential).</summary>
internal static class ContentSafetyClientFactory
{
    public static ContentSafetyClientOptions CreateClientOptions(ContentSafetyOptions options, TimeProvider time)
    {
        var clientOptions = new ContentSafetyClientOptions { TimeProvider = time };
        clientOptions.Retry.NetworkTimeout = options.Timeout;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Mode = RetryMode.Exponential;

        // Screening is latency-sensitive: keep our own backoff short. A Retry-After sent by the
        // service (429) is still honoured in full by Azure.Core's RetryPolicy.
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);

        // Prompts and images are user content: never write bodies to Azure SDK logs.
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;
        clientOptions.Diagnostics.ApplicationId = "GenScreen";
        return clientOptions;
    }

    /// <summary>Both clients over one credential, so Entra ID tokens are fetched and cached once.</summary>
    public static ContentSafetyClientSet CreateClients(ContentSafetyOptions options, TimeProvider time)
    {
        ContentSafetyClientOptions clientOptions = CreateClientOptions(options, time);
        Uri endpoint = options.Endpoint!;
        if (options.ApiKey is { Length: > 0 } key)
        {
            var keyCredential = new AzureKeyCredential(key);
            return new ContentSafetyClientSet(
                new ContentSafetyClient(endpoint, keyCredential, clientOptions),
                new BlocklistClient(endpoint, keyCredential, clientOptions));
        }

        TokenCredential tokenCredential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrEmpty(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });
        return new ContentSafetyClientSet(
            new ContentSafetyClient(endpoint, tokenCredential, clientOptions),
            new BlocklistClient(endpoint, tokenCredential, clientOptions));
    }

    /// <summary>How the clients authenticate, for logs (never contains the key).</summary>
    public static string DescribeAuthentication(ContentSafetyOptions options) =>
        options.ApiKey is { Length: > 0 }
            ? "api-key"
            : options.ManagedIdentityClientId is { Length: > 0 } clientId
                ? $"Entra ID (DefaultAzureCredential, managed identity {clientId})"
                : "Entra ID (DefaultAzureCredential)";
}
