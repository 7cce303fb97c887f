using System.Collections.Concurrent;
using Azure;
using Azure.Core;
using Azure.Data.Tables;

namespace GenScreen.Storage.Verdicts.Transactions;

/// <summary>
/// Inserts written straight onto the Table service's wire contract (<c>VerdictStore:TableWriter=Direct</c>): a plain
/// insert is <c>POST {table}</c> with the row's JSON, a transaction is <c>POST $batch</c> with the body
/// <see cref="TransactionBody"/> writes into a pooled buffer, both sent through the connection's Azure.Core pipeline
/// (authentication, retries, network timeout). The Azure SDK builds a request object per row and parses a response
/// per row; here the per-row work is the row's JSON and one status line.
/// </summary>
internal sealed class DirectTableInserts : ITableInserts
{
    /// <summary>The storage service version the Azure SDK's table client sends.</summary>
    private const string ServiceVersion = "2019-02-02";

    /// <summary>Buffers that grew past this (very long retained prompts) are not kept for reuse.</summary>
    private const int MaxPooledBody = 1024 * 1024;

    private readonly DirectTableConnection _connection;
    private readonly Uri _tableUri;
    private readonly Uri _batchUri;
    private readonly TransactionBody.TableParts _parts;
    private readonly ConcurrentBag<TransactionBody> _bodies = [];

    public DirectTableInserts(DirectTableConnection connection, string tableName)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        TableName = tableName;
        _tableUri = new Uri(connection.ServiceUri, tableName);
        _batchUri = new Uri(connection.ServiceUri, "$batch");
        _parts = new TransactionBody.TableParts(_tableUri);
    }

    public string TableName { get; }

    public async Task<bool> InsertAsync(ITableRow row, CancellationToken cancellationToken)
    {
        var body = Rent();
        try
        {
            using var message = CreateMessage(_tableUri, "application/json", "application/json;odata=nometadata", body.WriteSingle(row));
            message.Request.Headers.SetValue("Prefer", "return-no-content");
            await _connection.Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return message.Response.Status switch
            {
                201 or 204 => true,
                409 => false,
                _ => throw new RequestFailedException(message.Response),
            };
        }
        finally
        {
            Return(body);
        }
    }

    public async Task<bool> InsertBatchAsync(IReadOnlyList<ITableRow> rows, CancellationToken cancellationToken)
    {
        var result = await SubmitAsync(rows, cancellationToken).ConfigureAwait(false);
        if (result.Committed && result.Succeeded == rows.Count)
        {
            return true;
        }

        if (result.FailedStatus == 409)
        {
            return false; // a row exists already; the service rolled the transaction back
        }

        throw result.Committed
            ? new RequestFailedException(202, $"The transaction was answered for {result.Succeeded} of its {rows.Count} rows.")
            : new RequestFailedException(result.FailedStatus, result.ErrorMessage ?? $"The transaction failed with {result.FailedStatus}.", result.ErrorCode, null);
    }

    /// <summary>Sends one transaction of inserts and reads its per-operation answer (no exception for a failed operation).</summary>
    internal Task<TransactionResponse> SubmitAsync(IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken) =>
        SubmitAsync([.. rows.Select(r => (ITableRow)new EntityRow(r))], cancellationToken);

    /// <summary>Sends one transaction of inserts and reads its per-operation answer (no exception for a failed operation).</summary>
    internal async Task<TransactionResponse> SubmitAsync(IReadOnlyList<ITableRow> rows, CancellationToken cancellationToken)
    {
        var body = Rent();
        try
        {
            using var message = CreateMessage(_batchUri, TransactionBody.BatchContentType, "application/json;odata=minimalmetadata", body.WriteBatch(_parts, rows));
            await _connection.Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            if (message.Response.Status != 202)
            {
                throw new RequestFailedException(message.Response);
            }

            return TransactionResponse.Parse(message.Response.Content.ToMemory().Span);
        }
        finally
        {
            Return(body);
        }
    }

    private HttpMessage CreateMessage(Uri uri, string contentType, string accept, ReadOnlyMemory<byte> content)
    {
        var message = _connection.Pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(uri);
        request.Headers.SetValue("Content-Type", contentType);
        request.Headers.SetValue("Accept", accept);
        request.Headers.SetValue("x-ms-version", ServiceVersion);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0");
        request.Content = RequestContent.Create(content);
        return message;
    }

    private TransactionBody Rent() => _bodies.TryTake(out var body) ? body : new TransactionBody();

    private void Return(TransactionBody body)
    {
        if (body.Written.Length <= MaxPooledBody)
        {
            _bodies.Add(body);
        }
        else
        {
            body.Dispose();
        }
    }
}
