using Azure.Data.Tables;

namespace GenScreen.Storage.Verdicts;

/// <summary>Creates the table once, on first use; a failed attempt is retried by the next caller.</summary>
internal sealed class TableInitializer(TableClient table)
{
    private Task? _creation;

    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var current = _creation;
        if (current is { IsCompletedSuccessfully: true })
        {
            return Task.CompletedTask;
        }

        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            // Racing callers may both create: CreateIfNotExists is idempotent, so that is harmless.
            current = table.CreateIfNotExistsAsync(cancellationToken);
            _creation = current;
        }

        return current;
    }
}
