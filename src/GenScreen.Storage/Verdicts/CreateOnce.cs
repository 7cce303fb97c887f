namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Runs an idempotent creation (a table, a container) once, on first use; a failed or cancelled attempt is
/// retried by the next caller. Racing first callers may both run it, which idempotent creation tolerates.
/// </summary>
internal sealed class CreateOnce(Func<CancellationToken, Task> create)
{
    private Task? _creation;

    public CreateOnce(Azure.Data.Tables.TableClient table)
        : this(async ct => await table.CreateIfNotExistsAsync(ct).ConfigureAwait(false))
    {
    }

    /// <summary>
    /// A blob container created private (no anonymous access) if missing. Quarantine, staging snapshots and the
    /// published copies all go through here, so "never publicly readable" is decided in one place.
    /// </summary>
    public CreateOnce(Azure.Storage.Blobs.BlobContainerClient privateContainer)
        : this(async ct => await privateContainer.CreateIfNotExistsAsync(Azure.Storage.Blobs.Models.PublicAccessType.None, cancellationToken: ct).ConfigureAwait(false))
    {
    }

    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var current = _creation;
        if (current is { IsCompletedSuccessfully: true })
        {
            return Task.CompletedTask;
        }

        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            current = create(cancellationToken);
            _creation = current;
        }

        return current;
    }
}
