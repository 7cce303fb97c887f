using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace GenScreen.ContentSafety;

/// <summary>
/// Azure AI Content Safety analysis client (REST text:analyze and image:analyze), with the public
/// shape of Azure.AI.ContentSafety's ContentSafetyClient. Inputs are checked against the documented
/// limits before sending (<see cref="ContentSafetyLimits"/>). Thread-safe; register it as a singleton.
/// </summary>
public class ContentSafetyClient
{
    private readonly ServicePipeline? _service;

    /// <summary>For mocking only: a client made this way has no pipeline.</summary>
    protected ContentSafetyClient()
    {
    }

    /// <summary>Authenticates with a resource key (header Ocp-Apim-Subscription-Key).</summary>
    public ContentSafetyClient(Uri endpoint, AzureKeyCredential credential)
        : this(endpoint, credential, new ContentSafetyClientOptions())
    {
    }

    /// <summary>Authenticates with a resource key (header Ocp-Apim-Subscription-Key).</summary>
    public ContentSafetyClient(Uri endpoint, AzureKeyCredential credential, ContentSafetyClientOptions? options)
    {
        _service = ServicePipeline.Create(endpoint, credential, options);
    }

    /// <summary>
    /// Authenticates with Microsoft Entra ID (bearer token for https://cognitiveservices.azure.com/.default;
    /// the identity needs the "Cognitive Services User" role). Requires an https endpoint.
    /// </summary>
    public ContentSafetyClient(Uri endpoint, TokenCredential credential)
        : this(endpoint, credential, new ContentSafetyClientOptions())
    {
    }

    /// <summary>Authenticates with Microsoft Entra ID; see <see cref="ContentSafetyClient(Uri, TokenCredential)"/>.</summary>
    public ContentSafetyClient(Uri endpoint, TokenCredential credential, ContentSafetyClientOptions? options)
    {
        _service = ServicePipeline.Create(endpoint, credential, options);
    }

    /// <summary>The HTTP pipeline requests go through.</summary>
    public virtual HttpPipeline Pipeline => Service.Pipeline;

    /// <summary>The endpoint this client calls (without trailing slash).</summary>
    public virtual Uri Endpoint => Service.Endpoint;

    private ServicePipeline Service =>
        _service ?? throw new InvalidOperationException("This ContentSafetyClient was created for mocking and has no pipeline.");

    /// <summary>Analyzes text for harm categories and blocklist hits.</summary>
    /// <exception cref="ArgumentException">The text is over 10,000 code points or a blocklist name is invalid.</exception>
    /// <exception cref="RequestFailedException">The service answered with an error, or could not be reached in time.</exception>
    public virtual Response<AnalyzeTextResult> AnalyzeText(AnalyzeTextOptions options, CancellationToken cancellationToken = default) =>
        AnalyzeTextCoreAsync(options, async: false, cancellationToken).EnsureCompleted();

    /// <inheritdoc cref="AnalyzeText(AnalyzeTextOptions, CancellationToken)"/>
    public virtual Task<Response<AnalyzeTextResult>> AnalyzeTextAsync(AnalyzeTextOptions options, CancellationToken cancellationToken = default) =>
        AnalyzeTextCoreAsync(options, async: true, cancellationToken).AsTask();

    /// <summary>Analyzes <paramref name="text"/> with the service defaults (all categories, four levels).</summary>
    public virtual Response<AnalyzeTextResult> AnalyzeText(string text, CancellationToken cancellationToken = default) =>
        AnalyzeText(new AnalyzeTextOptions(text), cancellationToken);

    /// <summary>Analyzes <paramref name="text"/> with the service defaults (all categories, four levels).</summary>
    public virtual Task<Response<AnalyzeTextResult>> AnalyzeTextAsync(string text, CancellationToken cancellationToken = default) =>
        AnalyzeTextAsync(new AnalyzeTextOptions(text), cancellationToken);

    /// <summary>Protocol method: sends <paramref name="content"/> as the raw text:analyze body (no pre-flight limit checks).</summary>
    public virtual Response AnalyzeText(RequestContent content, RequestContext? context = null) =>
        SendRawAsync(content, "/text:analyze", context, async: false).EnsureCompleted();

    /// <summary>Protocol method: sends <paramref name="content"/> as the raw text:analyze body (no pre-flight limit checks).</summary>
    public virtual Task<Response> AnalyzeTextAsync(RequestContent content, RequestContext? context = null) =>
        SendRawAsync(content, "/text:analyze", context, async: true).AsTask();

    /// <summary>Analyzes an image for harm categories.</summary>
    /// <exception cref="ArgumentException">
    /// The image is over 4 MB, outside 50x50..7200x7200 px, unreadable, or both/neither of content and blob URL are set.
    /// </exception>
    /// <exception cref="RequestFailedException">The service answered with an error, or could not be reached in time.</exception>
    public virtual Response<AnalyzeImageResult> AnalyzeImage(AnalyzeImageOptions options, CancellationToken cancellationToken = default) =>
        AnalyzeImageCoreAsync(options, async: false, cancellationToken).EnsureCompleted();

    /// <inheritdoc cref="AnalyzeImage(AnalyzeImageOptions, CancellationToken)"/>
    public virtual Task<Response<AnalyzeImageResult>> AnalyzeImageAsync(AnalyzeImageOptions options, CancellationToken cancellationToken = default) =>
        AnalyzeImageCoreAsync(options, async: true, cancellationToken).AsTask();

    /// <summary>Analyzes raw image file bytes.</summary>
    public virtual Response<AnalyzeImageResult> AnalyzeImage(BinaryData content, CancellationToken cancellationToken = default) =>
        AnalyzeImage(new AnalyzeImageOptions(new ContentSafetyImageData(content)), cancellationToken);

    /// <summary>Analyzes raw image file bytes.</summary>
    public virtual Task<Response<AnalyzeImageResult>> AnalyzeImageAsync(BinaryData content, CancellationToken cancellationToken = default) =>
        AnalyzeImageAsync(new AnalyzeImageOptions(new ContentSafetyImageData(content)), cancellationToken);

    /// <summary>Analyzes an image stored in Azure Blob Storage.</summary>
    public virtual Response<AnalyzeImageResult> AnalyzeImage(Uri blobUri, CancellationToken cancellationToken = default) =>
        AnalyzeImage(new AnalyzeImageOptions(new ContentSafetyImageData(blobUri)), cancellationToken);

    /// <summary>Analyzes an image stored in Azure Blob Storage.</summary>
    public virtual Task<Response<AnalyzeImageResult>> AnalyzeImageAsync(Uri blobUri, CancellationToken cancellationToken = default) =>
        AnalyzeImageAsync(new AnalyzeImageOptions(new ContentSafetyImageData(blobUri)), cancellationToken);

    /// <summary>Protocol method: sends <paramref name="content"/> as the raw image:analyze body (no pre-flight limit checks).</summary>
    public virtual Response AnalyzeImage(RequestContent content, RequestContext? context = null) =>
        SendRawAsync(content, "/image:analyze", context, async: false).EnsureCompleted();

    /// <summary>Protocol method: sends <paramref name="content"/> as the raw image:analyze body (no pre-flight limit checks).</summary>
    public virtual Task<Response> AnalyzeImageAsync(RequestContent content, RequestContext? context = null) =>
        SendRawAsync(content, "/image:analyze", context, async: true).AsTask();

    private async ValueTask<Response<AnalyzeTextResult>> AnalyzeTextCoreAsync(AnalyzeTextOptions options, bool async, CancellationToken cancellationToken)
    {
        InputGuard.Text(options, nameof(options));
        using HttpMessage message = Service.CreateMessage(
            RequestMethod.Post,
            ["/text:analyze"],
            JsonBody.Create(options.Write),
            new RequestContext { CancellationToken = cancellationToken },
            StatusClassifiers.Ok);
        return await Service.SendAsync(message, AnalyzeTextResult.FromJson, async, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Response<AnalyzeImageResult>> AnalyzeImageCoreAsync(AnalyzeImageOptions options, bool async, CancellationToken cancellationToken)
    {
        InputGuard.Image(options, nameof(options));
        using HttpMessage message = Service.CreateMessage(
            RequestMethod.Post,
            ["/image:analyze"],
            JsonBody.Create(options.Write),
            new RequestContext { CancellationToken = cancellationToken },
            StatusClassifiers.Ok);
        return await Service.SendAsync(message, AnalyzeImageResult.FromJson, async, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Response> SendRawAsync(RequestContent content, string path, RequestContext? context, bool async)
    {
        ArgumentNullException.ThrowIfNull(content);
        using HttpMessage message = Service.CreateMessage(RequestMethod.Post, [path], content, context, StatusClassifiers.Ok);
        return await Service.SendAsync(message, context, async).ConfigureAwait(false);
    }
}
