using System.Runtime.CompilerServices;
using Azure;

namespace GenScreen.ContentSafety;

/// <summary>Async paging over { value, nextLink }: fetches lazily, one page per nextLink.</summary>
internal sealed class ServiceAsyncPageable<T> : AsyncPageable<T>
    where T : notnull
{
    private readonly Func<string?, CancellationToken, ValueTask<Page<T>>> _fetchPage;

    public ServiceAsyncPageable(Func<string?, CancellationToken, ValueTask<Page<T>>> fetchPage, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        _fetchPage = fetchPage;
    }

    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null) =>
        Enumerate(continuationToken, CancellationToken);

    private async IAsyncEnumerable<Page<T>> Enumerate(string? continuationToken, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? next = continuationToken;
        do
        {
            Page<T> page = await _fetchPage(next, cancellationToken).ConfigureAwait(false);
            yield return page;
            next = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(next));
    }
}
