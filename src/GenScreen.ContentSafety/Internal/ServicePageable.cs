using Azure;

namespace GenScreen.ContentSafety;

/// <summary>Sync paging over { value, nextLink }: fetches lazily, one page per nextLink.</summary>
internal sealed class ServicePageable<T> : Pageable<T>
    where T : notnull
{
    private readonly Func<string?, CancellationToken, ValueTask<Page<T>>> _fetchPage;

    public ServicePageable(Func<string?, CancellationToken, ValueTask<Page<T>>> fetchPage, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        _fetchPage = fetchPage;
    }

    public override IEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        string? next = continuationToken;
        do
        {
            Page<T> page = _fetchPage(next, CancellationToken).EnsureCompleted();
            yield return page;
            next = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(next));
    }
}
