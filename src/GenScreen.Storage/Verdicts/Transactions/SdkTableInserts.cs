using Azure;
using Azure.Data.Tables;

namespace GenScreen.Storage.Verdicts.Transactions;

/// <summary>Inserts through the Azure SDK's <see cref="TableClient"/> (<c>VerdictStore:TableWriter=Sdk</c>).</summary>
internal sealed class SdkTableInserts(TableClient table) : ITableInserts
{
    public string TableName => table.Name;

    public async Task<bool> InsertAsync(ITableRow row, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(row.ToEntity(), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<bool> InsertBatchAsync(IReadOnlyList<ITableRow> rows, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync([.. rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r.ToEntity()))], cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }
}
