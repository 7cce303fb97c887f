using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace GenScreen.ContentSafety.Tests;

/// <summary>
/// Clients pointed at a loopback server, with short retry delays so retry tests run fast; timing tests pass a
/// <see cref="TestClock"/> so timeouts and retry waits happen only when the test advances it.
/// </summary>
internal static class TestClients
{
    public const string ApiVersion = "2024-09-01";

    public static string NewKey() => "key-" + Guid.NewGuid().ToString("N");

    public static ContentSafetyClientOptions FastRetries(int maxRetries = 2, TimeSpan? networkTimeout = null, bool https = false, TimeProvider? clock = null)
    {
        var options = new ContentSafetyClientOptions { TimeProvider = clock ?? TimeProvider.System };
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        options.Retry.MaxRetries = maxRetries;
        options.Retry.NetworkTimeout = networkTimeout ?? TimeSpan.FromSeconds(30);
        if (https)
        {
            options.Transport = new HttpClientTransport(TrustTestCertificate());
        }

        return options;
    }

    public static ContentSafetyClient Analysis(LoopbackServer server, string key, ContentSafetyClientOptions? options = null) =>
        new(server.Endpoint, new AzureKeyCredential(key), options ?? FastRetries());

    public static BlocklistClient Blocklists(LoopbackServer server, string key, ContentSafetyClientOptions? options = null) =>
        new(server.Endpoint, new AzureKeyCredential(key), options ?? FastRetries());

    private static HttpClientHandler TrustTestCertificate()
    {
        // Pin the test certificate instead of turning validation off.
        string expected = TestCertificate.Certificate.GetCertHashString();
        return new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString() == expected,
        };
    }
}
