using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace GenScreen.ContentSafety;

/// <summary>
/// The shared transport of both clients: an Azure.Core <see cref="HttpPipeline"/> (redacted logging, auth)
/// driven attempt by attempt by <see cref="TimedRetrySender"/> (retry with Retry-After support, per-try network
/// timeout, both on the options' <see cref="ContentSafetyClientOptions.TimeProvider"/>), plus request building,
/// error mapping and response parsing for the {endpoint}/contentsafety REST surface.
/// </summary>
internal sealed class ServicePipeline
{
    internal const string ApiKeyHeader = "Ocp-Apim-Subscription-Key";
    internal const string TokenScope = "https://cognitiveservices.azure.com/.default";

    private readonly Uri _serviceRoot;
    private readonly string _apiVersion;
    private readonly TimedRetrySender _sender;

    private ServicePipeline(Uri endpoint, HttpPipelinePolicy authentication, ContentSafetyClientOptions? options)
    {
        options ??= new ContentSafetyClientOptions();
        Endpoint = EndpointGuard.Normalize(endpoint, nameof(endpoint));
        _serviceRoot = new Uri(Endpoint.AbsoluteUri.TrimEnd('/') + "/contentsafety", UriKind.Absolute);
        _apiVersion = options.Version;

        // Auth is a per-retry policy so every attempt (and a refreshed token) is authenticated. Retries
        // (408/429/500/502/503/504, transport faults, timeouts; Retry-After honoured) are the sender's, which
        // keeps the pipeline's own RetryPolicy to one attempt per send.
        Pipeline = HttpPipelineBuilder.Build(
            options,
            perCallPolicies: [],
            perRetryPolicies: [authentication],
            responseClassifier: new ResponseClassifier());
        _sender = new TimedRetrySender(Pipeline, options.Retry, options.TimeProvider);
    }

    public HttpPipeline Pipeline { get; }

    public Uri Endpoint { get; }

    public static ServicePipeline Create(Uri endpoint, AzureKeyCredential credential, ContentSafetyClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new ServicePipeline(endpoint, new ApiKeyPolicy(credential, ApiKeyHeader), options);
    }

    public static ServicePipeline Create(Uri endpoint, TokenCredential credential, ContentSafetyClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new ServicePipeline(endpoint, new BearerTokenAuthenticationPolicy(credential, TokenScope), options);
    }

    public HttpMessage CreateMessage(
        RequestMethod method,
        string[] pathSegments,
        RequestContent? content,
        RequestContext? context,
        ResponseClassifier classifier,
        string contentType = "application/json")
    {
        HttpMessage message = Pipeline.CreateMessage(context, classifier);
        Request request = message.Request;
        request.Method = method;
        request.Uri.Reset(_serviceRoot);
        foreach (string segment in pathSegments)
        {
            // Literal segments start with '/' or ':' and are appended raw; names are escaped.
            bool literal = segment.StartsWith('/') || segment.StartsWith(':');
            request.Uri.AppendPath(segment, escape: !literal);
        }

        request.Uri.AppendQuery("api-version", _apiVersion, escapeValue: true);
        request.Headers.Add("Accept", "application/json");
        if (content is not null)
        {
            request.Headers.Add("Content-Type", contentType);
            request.Content = content;
        }

        return message;
    }

    /// <summary>
    /// Builds the request for a page's nextLink. The link comes from the service, so it must stay on
    /// the configured endpoint: the credential is never sent to another host.
    /// </summary>
    public HttpMessage CreateNextPageMessage(string nextLink, RequestContext? context, ResponseClassifier classifier)
    {
        var next = new Uri(new Uri(_serviceRoot.AbsoluteUri + "/"), nextLink);
        if (!string.Equals(next.Scheme, Endpoint.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(next.Host, Endpoint.Host, StringComparison.OrdinalIgnoreCase)
            || next.Port != Endpoint.Port)
        {
            throw new RequestFailedException(0, $"The service returned a nextLink outside {Endpoint.GetLeftPart(UriPartial.Authority)}; refusing to follow it.", "InvalidNextLink", null);
        }

        HttpMessage message = Pipeline.CreateMessage(context, classifier);
        message.Request.Method = RequestMethod.Get;
        message.Request.Uri.Reset(next);
        if (!next.Query.Contains("api-version=", StringComparison.OrdinalIgnoreCase))
        {
            message.Request.Uri.AppendQuery("api-version", _apiVersion, escapeValue: true);
        }

        message.Request.Headers.Add("Accept", "application/json");
        return message;
    }

    /// <summary>
    /// Sends through the pipeline. Non-success statuses become <see cref="RequestFailedException"/>
    /// (unless the caller asked for <see cref="ErrorOptions.NoThrow"/>); network timeouts and
    /// exhausted transport retries become one too, so callers have a single failure type. Only the
    /// caller's own cancellation surfaces as <see cref="OperationCanceledException"/>.
    /// </summary>
    public async ValueTask<Response> SendAsync(HttpMessage message, RequestContext? context, bool async)
    {
        CancellationToken cancellationToken = context?.CancellationToken ?? CancellationToken.None;
        try
        {
            await _sender.SendAsync(message, async, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (FailureTranslator.TryTranslate(ex, cancellationToken, out RequestFailedException? translated))
        {
            throw translated;
        }

        Response response = message.Response;
        if (response.IsError && (context?.ErrorOptions & ErrorOptions.NoThrow) != ErrorOptions.NoThrow)
        {
            throw new RequestFailedException(response);
        }

        return response;
    }

    public async ValueTask<Response<T>> SendAsync<T>(HttpMessage message, Func<JsonElement, T> read, bool async, CancellationToken cancellationToken)
    {
        Response response = await SendAsync(message, new RequestContext { CancellationToken = cancellationToken }, async).ConfigureAwait(false);
        return Response.FromValue(ResponseReader.Read(response, read), response);
    }
}
