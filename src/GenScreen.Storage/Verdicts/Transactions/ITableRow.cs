using System.Text.Json;
using Azure.Data.Tables;

namespace GenScreen.Storage.Verdicts.Transactions;

/// <summary>
/// A row to insert, as each writer needs it: its keys (group commit batches by partition), its insert body for the
/// direct writer, and a <see cref="TableEntity"/> for the Azure SDK's writer. A row type that writes its own JSON
/// (<see cref="PromptVerdictInsertRow"/>) spares the hot path the per-row dictionary and boxed values of an entity.
/// </summary>
internal interface ITableRow
{
    string PartitionKey { get; }

    string RowKey { get; }

    /// <summary>The row as the body of an insert (OData JSON, the same bytes <see cref="TableRowJson"/> writes for <see cref="ToEntity"/>).</summary>
    void WriteJson(Utf8JsonWriter json);

    TableEntity ToEntity();
}

/// <summary>Any <see cref="TableEntity"/> as a row (the review index, tests and tools).</summary>
internal sealed class EntityRow(TableEntity entity) : ITableRow
{
    public string PartitionKey => entity.PartitionKey;

    public string RowKey => entity.RowKey;

    public void WriteJson(Utf8JsonWriter json) => TableRowJson.Write(json, entity);

    public TableEntity ToEntity() => entity;
}
