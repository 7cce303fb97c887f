using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace GenScreen.Storage.Verdicts.Transactions;

/// <summary>
/// What the direct table writer needs of a storage connection: the table service's endpoint and an Azure.Core
/// pipeline that authenticates each request the way the SDK would (Shared Key Lite for an account key, a bearer token
/// from the <see cref="TokenCredential"/> for an identity), with the same retry and network-timeout options as the
/// verdict store's <see cref="TableServiceClient"/>, over one <see cref="HttpClient"/> to the endpoint.
/// </summary>
public sealed class DirectTableConnection
{
    /// <summary>Azurite's published development account (not a secret: it is the emulator's documented default).</summary>
    private const string DevelopmentAccount = "devstoreaccount1";
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly HttpClient SharedClient = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan, // the pipeline's NetworkTimeout bounds each try
    };

    private DirectTableConnection(Uri serviceUri, HttpPipelinePolicy authentication, TableClientOptions options)
    {
        ServiceUri = new Uri(serviceUri.AbsoluteUri.TrimEnd('/') + "/");
        options.Transport = new HttpClientTransport(SharedClient);
        Pipeline = HttpPipelineBuilder.Build(options, authentication);
    }

    /// <summary>The table service endpoint, ending in a slash (path-style for Azurite: <c>http://127.0.0.1:10002/devstoreaccount1/</c>).</summary>
    internal Uri ServiceUri { get; }

    internal HttpPipeline Pipeline { get; }

    /// <summary>
    /// From a connection string with an account key (or <c>UseDevelopmentStorage=true</c>); the endpoint is resolved by
    /// the SDK's own parser, so it is the one <see cref="TableServiceClient"/> would use.
    /// </summary>
    public static DirectTableConnection FromConnectionString(string connectionString, TableClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var service = new TableServiceClient(connectionString);
        var settings = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .ToDictionary(kv => kv[0], kv => kv[1], StringComparer.OrdinalIgnoreCase);
        var development = settings.TryGetValue("UseDevelopmentStorage", out var dev) && bool.TryParse(dev, out var isDev) && isDev;
        var key = development ? DevelopmentKey : settings.GetValueOrDefault("AccountKey");
        var account = development ? DevelopmentAccount : settings.GetValueOrDefault("AccountName") ?? service.AccountName;
        if (string.IsNullOrEmpty(key))
        {
            throw new NotSupportedException(
                "VerdictStore:TableWriter=Direct signs with an account key or a managed identity; this connection string has neither " +
                "(a shared access signature?). Set VerdictStore:TableWriter=Sdk for it.");
        }

        return new DirectTableConnection(service.Uri, new SharedKeyLitePolicy(account, Convert.FromBase64String(key)), options);
    }

    /// <summary>From an identity-based connection: a bearer token for Azure Storage from <paramref name="credential"/>.</summary>
    public static DirectTableConnection FromIdentity(Uri serviceUri, TokenCredential credential, TableClientOptions options) =>
        new(serviceUri, new BearerTokenAuthenticationPolicy(credential, "https://storage.azure.com/.default"), options);
}
