using System.Buffers;
using System.Text;
using System.Text.Json;

namespace GenScreen.Storage.Verdicts.Transactions;

/// <summary>
/// The body of one entity group transaction (<c>POST {account}/$batch</c>, multipart/mixed with one changeset of
/// inserts), or of one plain insert, written into a buffer that is reused from request to request: the constant parts
/// are bytes prepared once per table, each row is written by <see cref="Utf8JsonWriter"/> straight into the buffer.
/// </summary>
/// <remarks>
/// Layout (docs: "Performing entity group transactions", JSON): the batch boundary, a part whose content type is the
/// changeset, then per row <c>application/http</c> with <c>POST {table URL} HTTP/1.1</c>, its headers and the row's
/// JSON on one line. <c>Prefer: return-no-content</c> spares the service echoing each row back.
/// </remarks>
internal sealed class TransactionBody : IDisposable
{
    /// <summary>Boundaries are fixed: a boundary only has to be absent from the content, and row JSON never holds a line starting "--".</summary>
    private const string BatchBoundary = "batch_8d2c6a5e-genscreen-verdicts";
    private const string ChangesetBoundary = "changeset_4f1b9e07-genscreen-verdicts";

    public const string BatchContentType = "multipart/mixed; boundary=" + BatchBoundary;

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _json;

    public TransactionBody()
    {
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
    }

    public ReadOnlyMemory<byte> Written => _buffer.WrittenMemory;

    /// <summary>The transaction's bytes for <paramref name="rows"/> (all of one partition) inserted into <paramref name="table"/>.</summary>
    public ReadOnlyMemory<byte> WriteBatch(TableParts table, IReadOnlyList<ITableRow> rows)
    {
        _buffer.ResetWrittenCount();
        _buffer.Write(table.BatchStart);
        foreach (var row in rows)
        {
            _buffer.Write(table.InsertPartStart);
            WriteRow(row);
            _buffer.Write("\r\n"u8);
        }

        _buffer.Write(BatchEnd);
        return _buffer.WrittenMemory;
    }

    /// <summary>The JSON of one row, the body of a plain insert.</summary>
    public ReadOnlyMemory<byte> WriteSingle(ITableRow row)
    {
        _buffer.ResetWrittenCount();
        WriteRow(row);
        return _buffer.WrittenMemory;
    }

    public void Dispose() => _json.Dispose();

    private void WriteRow(ITableRow row)
    {
        _json.Reset(_buffer);
        row.WriteJson(_json);
        _json.Flush();
    }

    private static ReadOnlySpan<byte> BatchEnd => "--changeset_4f1b9e07-genscreen-verdicts--\r\n--batch_8d2c6a5e-genscreen-verdicts--\r\n"u8;

    /// <summary>The constant parts of a table's transactions, prepared once.</summary>
    public sealed class TableParts(Uri tableUri)
    {
        public byte[] BatchStart { get; } = Encoding.ASCII.GetBytes(
            $"--{BatchBoundary}\r\nContent-Type: multipart/mixed; boundary={ChangesetBoundary}\r\n\r\n");

        public byte[] InsertPartStart { get; } = Encoding.ASCII.GetBytes(
            $"--{ChangesetBoundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
            $"POST {tableUri.AbsoluteUri} HTTP/1.1\r\nContent-Type: application/json\r\nAccept: application/json;odata=minimalmetadata\r\n" +
            "Prefer: return-no-content\r\nDataServiceVersion: 3.0\r\n\r\n");
    }
}
