using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace GenScreen.ContentSafety;

/// <summary>
/// Manages text blocklists (REST /text/blocklists), with the public shape of Azure.AI.ContentSafety's
/// BlocklistClient. Names and batch sizes are checked before sending. Thread-safe.
/// </summary>
public class BlocklistClient
{
    private const string Blocklists = "/text/blocklists/";

    private readonly ServicePipeline? _service;

    /// <summary>For mocking only: a client made this way has no pipeline.</summary>
    protected BlocklistClient()
    {
    }

    /// <summary>Authenticates with a resource key (header Ocp-Apim-Subscription-Key).</summary>
    public BlocklistClient(Uri endpoint, AzureKeyCredential credential)
        : this(endpoint, credential, new ContentSafetyClientOptions())
    {
    }

    /// <summary>Authenticates with a resource key (header Ocp-Apim-Subscription-Key).</summary>
    public BlocklistClient(Uri endpoint, AzureKeyCredential credential, ContentSafetyClientOptions? options)
    {
        _service = ServicePipeline.Create(endpoint, credential, options);
    }

    /// <summary>Authenticates with Microsoft Entra ID (scope https://cognitiveservices.azure.com/.default). Requires https.</summary>
    public BlocklistClient(Uri endpoint, TokenCredential credential)
        : this(endpoint, credential, new ContentSafetyClientOptions())
    {
    }

    /// <summary>Authenticates with Microsoft Entra ID (scope https://cognitiveservices.azure.com/.default). Requires https.</summary>
    public BlocklistClient(Uri endpoint, TokenCredential credential, ContentSafetyClientOptions? options)
    {
        _service = ServicePipeline.Create(endpoint, credential, options);
    }

    /// <summary>The HTTP pipeline requests go through.</summary>
    public virtual HttpPipeline Pipeline => Service.Pipeline;

    private ServicePipeline Service =>
        _service ?? throw new InvalidOperationException("This BlocklistClient was created for mocking and has no pipeline.");

    /// <summary>Creates the blocklist, or updates its description (PATCH, merge-patch+json; 201 created, 200 updated).</summary>
    public virtual Response<TextBlocklist> CreateOrUpdateTextBlocklist(string blocklistName, string? description = null, CancellationToken cancellationToken = default) =>
        CreateOrUpdateCoreAsync(blocklistName, description, async: false, cancellationToken).EnsureCompleted();

    /// <inheritdoc cref="CreateOrUpdateTextBlocklist(string, string, CancellationToken)"/>
    public virtual Task<Response<TextBlocklist>> CreateOrUpdateTextBlocklistAsync(string blocklistName, string? description = null, CancellationToken cancellationToken = default) =>
        CreateOrUpdateCoreAsync(blocklistName, description, async: true, cancellationToken).AsTask();

    /// <summary>Protocol method, as in the SDK: <paramref name="content"/> is the raw merge-patch body.</summary>
    public virtual Response CreateOrUpdateTextBlocklist(string blocklistName, RequestContent content, RequestContext? context = null) =>
        CreateOrUpdateRawAsync(blocklistName, content, context, async: false).EnsureCompleted();

    /// <summary>Protocol method, as in the SDK: <paramref name="content"/> is the raw merge-patch body.</summary>
    public virtual Task<Response> CreateOrUpdateTextBlocklistAsync(string blocklistName, RequestContent content, RequestContext? context = null) =>
        CreateOrUpdateRawAsync(blocklistName, content, context, async: true).AsTask();

    /// <summary>Adds or updates up to 100 items; returns them with their server-assigned ids.</summary>
    public virtual Response<AddOrUpdateTextBlocklistItemsResult> AddOrUpdateBlocklistItems(string blocklistName, AddOrUpdateTextBlocklistItemsOptions options, CancellationToken cancellationToken = default) =>
        AddOrUpdateItemsCoreAsync(blocklistName, options, async: false, cancellationToken).EnsureCompleted();

    /// <inheritdoc cref="AddOrUpdateBlocklistItems(string, AddOrUpdateTextBlocklistItemsOptions, CancellationToken)"/>
    public virtual Task<Response<AddOrUpdateTextBlocklistItemsResult>> AddOrUpdateBlocklistItemsAsync(string blocklistName, AddOrUpdateTextBlocklistItemsOptions options, CancellationToken cancellationToken = default) =>
        AddOrUpdateItemsCoreAsync(blocklistName, options, async: true, cancellationToken).AsTask();

    /// <summary>Removes up to 100 items by id (204 No Content).</summary>
    public virtual Response RemoveBlocklistItems(string blocklistName, RemoveTextBlocklistItemsOptions options, CancellationToken cancellationToken = default) =>
        RemoveItemsCoreAsync(blocklistName, options, async: false, cancellationToken).EnsureCompleted();

    /// <inheritdoc cref="RemoveBlocklistItems(string, RemoveTextBlocklistItemsOptions, CancellationToken)"/>
    public virtual Task<Response> RemoveBlocklistItemsAsync(string blocklistName, RemoveTextBlocklistItemsOptions options, CancellationToken cancellationToken = default) =>
        RemoveItemsCoreAsync(blocklistName, options, async: true, cancellationToken).AsTask();

    /// <summary>Gets one blocklist.</summary>
    public virtual Response<TextBlocklist> GetTextBlocklist(string blocklistName, CancellationToken cancellationToken = default) =>
        GetBlocklistCoreAsync(blocklistName, async: false, cancellationToken).EnsureCompleted();

    /// <inheritdoc cref="GetTextBlocklist(string, CancellationToken)"/>
    public virtual Task<Response<TextBlocklist>> GetTextBlocklistAsync(string blocklistName, CancellationToken cancellationToken = default) =>
        GetBlocklistCoreAsync(blocklistName, async: true, cancellationToken).AsTask();

    /// <summary>Lists all blocklists, following nextLink page by page.</summary>
    public virtual Pageable<TextBlocklist> GetTextBlocklists(CancellationToken cancellationToken = default) =>
        new ServicePageable<TextBlocklist>((next, ct) => BlocklistsPageAsync(next, async: false, ct), cancellationToken);

    /// <inheritdoc cref="GetTextBlocklists(CancellationToken)"/>
    public virtual AsyncPageable<TextBlocklist> GetTextBlocklistsAsync(CancellationToken cancellationToken = default) =>
        new ServiceAsyncPageable<TextBlocklist>((next, ct) => BlocklistsPageAsync(next, async: true, ct), cancellationToken);

    /// <summary>Lists a blocklist's items (query top, skip, maxpagesize), following nextLink.</summary>
    public virtual Pageable<TextBlocklistItem> GetTextBlocklistItems(string blocklistName, int? maxCount = null, int? skip = null, int? maxpagesize = null, CancellationToken cancellationToken = default)
    {
        InputGuard.BlocklistName(blocklistName, nameof(blocklistName));
        return new ServicePageable<TextBlocklistItem>((next, ct) => ItemsPageAsync(blocklistName, maxCount, skip, maxpagesize, next, async: false, ct), cancellationToken);
    }

    /// <inheritdoc cref="GetTextBlocklistItems(string, int?, int?, int?, CancellationToken)"/>
    public virtual AsyncPageable<TextBlocklistItem> GetTextBlocklistItemsAsync(string blocklistName, int? maxCount = null, int? skip = null, int? maxpagesize = null, CancellationToken cancellationToken = default)
    {
        InputGuard.BlocklistName(blocklistName, nameof(blocklistName));
        return new ServiceAsyncPageable<TextBlocklistItem>((next, ct) => ItemsPageAsync(blocklistName, maxCount, skip, maxpagesize, next, async: true, ct), cancellationToken);
    }

    /// <summary>Gets one item of a blocklist.</summary>
    public virtual Response<TextBlocklistItem> GetTextBlocklistItem(string blocklistName, string blocklistItemId, CancellationToken cancellationToken = default) =>
        GetItemCoreAsync(blocklistName, blocklistItemId, async: false, cancellationToken).EnsureCompleted();

    /// <inheritdoc cref="GetTextBlocklistItem(string, string, CancellationToken)"/>
    public virtual Task<Response<TextBlocklistItem>> GetTextBlocklistItemAsync(string blocklistName, string blocklistItemId, CancellationToken cancellationToken = default) =>
        GetItemCoreAsync(blocklistName, blocklistItemId, async: true, cancellationToken).AsTask();

    /// <summary>Deletes a blocklist and its items (204 No Content).</summary>
    public virtual Response DeleteTextBlocklist(string blocklistName, CancellationToken cancellationToken = default) =>
        DeleteCoreAsync(blocklistName, async: false, cancellationToken).EnsureCompleted();

    /// <inheritdoc cref="DeleteTextBlocklist(string, CancellationToken)"/>
    public virtual Task<Response> DeleteTextBlocklistAsync(string blocklistName, CancellationToken cancellationToken = default) =>
        DeleteCoreAsync(blocklistName, async: true, cancellationToken).AsTask();

    private static RequestContext Context(CancellationToken cancellationToken) => new() { CancellationToken = cancellationToken };

    private async ValueTask<Response<TextBlocklist>> CreateOrUpdateCoreAsync(string blocklistName, string? description, bool async, CancellationToken cancellationToken)
    {
        InputGuard.BlocklistName(blocklistName, nameof(blocklistName));
        InputGuard.Description(description, nameof(description));
        RequestContent body = JsonBody.Create(writer =>
        {
            writer.WriteStartObject();
            if (description is not null)
            {
                writer.WriteString("description", description);
            }

            writer.WriteEndObject();
        });
        using HttpMessage message = Service.CreateMessage(
            RequestMethod.Patch, [Blocklists, blocklistName], body, Context(cancellationToken), StatusClassifiers.OkOrCreated, "application/merge-patch+json");
        return await Service.SendAsync(message, TextBlocklist.FromJson, async, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Response> CreateOrUpdateRawAsync(string blocklistName, RequestContent content, RequestContext? context, bool async)
    {
        InputGuard.BlocklistName(blocklistName, nameof(blocklistName));
        ArgumentNullException.ThrowIfNull(content);
        using HttpMessage message = Service.CreateMessage(
            RequestMethod.Patch, [Blocklists, blocklistName], content, context, StatusClassifiers.OkOrCreated, "application/merge-patch+json");
        return await Service.SendAsync(message, context, async).ConfigureAwait(false);
    }

    private async ValueTask<Response<AddOrUpdateTextBlocklistItemsResult>> AddOrUpdateItemsCoreAsync(string blocklistName, AddOrUpdateTextBlocklistItemsOptions options, bool async, CancellationToken cancellationToken)
    {
        InputGuard.BlocklistName(blocklistName, nameof(blocklistName));
        InputGuard.Items(options, nameof(options));
        using HttpMessage message = Service.CreateMessage(
            RequestMethod.Post, [Blocklists, blocklistName, ":addOrUpdateBlocklistItems"], JsonBody.Create(options.Write), Context(cancellationToken), StatusClassifiers.Ok);
        return await Service.SendAsync(message, AddOrUpdateTextBlocklistItemsResult.FromJson, async, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Response> RemoveItemsCoreAsync(string blocklistName, RemoveTextBlocklistItemsOptions options, bool async, CancellationToken cancellationToken)
    {
        InputGuard.BlocklistName(blocklistName, nameof(blocklistName));
        InputGuard.ItemIds(options, nameof(options));
        RequestContext context = Context(cancellationToken);
        using HttpMessage message = Service.CreateMessage(
            RequestMethod.Post, [Blocklists, blocklistName, ":removeBlocklistItems"], JsonBody.Create(options.Write), context, StatusClassifiers.NoContent);
        return await Service.SendAsync(message, context, async).ConfigureAwait(false);
    }

    private async ValueTask<Response<TextBlocklist>> GetBlocklistCoreAsync(string blocklistName, bool async, CancellationToken cancellationToken)
    {
        InputGuard.BlocklistName(blocklistName, nameof(blocklistName));
        using HttpMessage message = Service.CreateMessage(RequestMethod.Get, [Blocklists, blocklistName], null, Context(cancellationToken), StatusClassifiers.Ok);
        return await Service.SendAsync(message, TextBlocklist.FromJson, async, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Response<TextBlocklistItem>> GetItemCoreAsync(string blocklistName, string blocklistItemId, bool async, CancellationToken cancellationToken)
    {
        InputGuard.BlocklistName(blocklistName, nameof(blocklistName));
        InputGuard.ItemId(blocklistItemId, nameof(blocklistItemId));
        using HttpMessage message = Service.CreateMessage(
            RequestMethod.Get, [Blocklists, blocklistName, "/blocklistItems/", blocklistItemId], null, Context(cancellationToken), StatusClassifiers.Ok);
        return await Service.SendAsync(message, TextBlocklistItem.FromJson, async, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Response> DeleteCoreAsync(string blocklistName, bool async, CancellationToken cancellationToken)
    {
        InputGuard.BlocklistName(blocklistName, nameof(blocklistName));
        RequestContext context = Context(cancellationToken);
        using HttpMessage message = Service.CreateMessage(RequestMethod.Delete, [Blocklists, blocklistName], null, context, StatusClassifiers.NoContent);
        return await Service.SendAsync(message, context, async).ConfigureAwait(false);
    }

    private async ValueTask<Page<TextBlocklist>> BlocklistsPageAsync(string? nextLink, bool async, CancellationToken cancellationToken)
    {
        RequestContext context = Context(cancellationToken);
        using HttpMessage message = nextLink is null
            ? Service.CreateMessage(RequestMethod.Get, ["/text/blocklists"], null, context, StatusClassifiers.Ok)
            : Service.CreateNextPageMessage(nextLink, context, StatusClassifiers.Ok);
        Response response = await Service.SendAsync(message, context, async).ConfigureAwait(false);
        return PagedJson.Read(response, TextBlocklist.FromJson, "PagedTextBlocklist");
    }

    private async ValueTask<Page<TextBlocklistItem>> ItemsPageAsync(
        string blocklistName, int? top, int? skip, int? maxpagesize, string? nextLink, bool async, CancellationToken cancellationToken)
    {
        RequestContext context = Context(cancellationToken);
        HttpMessage message;
        if (nextLink is null)
        {
            message = Service.CreateMessage(RequestMethod.Get, [Blocklists, blocklistName, "/blocklistItems"], null, context, StatusClassifiers.Ok);
            AppendPagingQuery(message.Request.Uri, top, skip, maxpagesize);
        }
        else
        {
            message = Service.CreateNextPageMessage(nextLink, context, StatusClassifiers.Ok);
        }

        using (message)
        {
            Response response = await Service.SendAsync(message, context, async).ConfigureAwait(false);
            return PagedJson.Read(response, TextBlocklistItem.FromJson, "PagedTextBlocklistItem");
        }
    }

    private static void AppendPagingQuery(RequestUriBuilder uri, int? top, int? skip, int? maxpagesize)
    {
        // Wire names from Azure.Core's standard paging parameters: top, skip, maxpagesize.
        if (top is int t)
        {
            uri.AppendQuery("top", t.ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: true);
        }

        if (skip is int s)
        {
            uri.AppendQuery("skip", s.ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: true);
        }

        if (maxpagesize is int m)
        {
            uri.AppendQuery("maxpagesize", m.ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: true);
        }
    }
}
