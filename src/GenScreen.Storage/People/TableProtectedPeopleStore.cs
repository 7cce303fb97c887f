using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using GenScreen.Core.People;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Options;

namespace GenScreen.Storage.People;

/// <summary>
/// Enrolled people in Azure Table storage (table <c>People:TableName</c>): one row per person (see
/// <see cref="ProtectedPersonEntity"/>) and one change-marker row (PartitionKey <c>~marker</c>, which sorts after every
/// hex partition) rewritten with a new random value after every add or remove. Instances poll that one row and reload
/// only when it moved, so the steady-state cost is one point read per instance per refresh interval.
/// </summary>
public sealed class TableProtectedPeopleStore : IProtectedPeopleStore
{
    private const string MarkerPartition = "~marker";
    private const string MarkerRow = "changes";

    private readonly TableClient _table;
    private readonly CreateOnce _initializer;

    public TableProtectedPeopleStore(TableServiceClient service, IOptions<ProtectedPeopleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        _table = service.GetTableClient(options.Value.TableName);
        _initializer = new CreateOnce(_table);
    }

    public async Task AddAsync(EnrolledPerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Id.Length != 32 || !person.Id.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException($"Person id '{person.Id}' is not 32 lower-case hex digits.", nameof(person));
        }

        if (person.Embeddings.Count is < 1 or > ProtectedPersonEntity.MaxEmbeddings)
        {
            throw new ArgumentException($"A person needs 1 to {ProtectedPersonEntity.MaxEmbeddings} face descriptors, not {person.Embeddings.Count}.", nameof(person));
        }

        await _initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _table.AddEntityAsync(ProtectedPersonEntity.From(person), cancellationToken).ConfigureAwait(false);
        await BumpMarkerAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        id = id.ToLowerInvariant();
        await _initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        // The SDK reports a missing entity as a 404 response rather than an exception.
        using var response = await _table.DeleteEntityAsync(ProtectedPersonEntity.PartitionOf(id), id, ETag.All, cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return false;
        }

        await BumpMarkerAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async IAsyncEnumerable<EnrolledPerson> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var entity in _table.QueryAsync<TableEntity>(e => e.PartitionKey != MarkerPartition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return ProtectedPersonEntity.To(entity);
        }
    }

    public async Task<string?> GetChangeMarkerAsync(CancellationToken cancellationToken)
    {
        await _initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(MarkerPartition, MarkerRow, ["Value"], cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.GetString("Value") : null;
    }

    private async Task BumpMarkerAsync(CancellationToken cancellationToken) =>
        await _table.UpsertEntityAsync(new TableEntity(MarkerPartition, MarkerRow) { ["Value"] = Guid.NewGuid().ToString("N") }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
}
