using System.Buffers.Text;
using System.Text.Json;

namespace GenScreen.Storage.Verdicts.Transactions;

/// <summary>
/// What the answer to an entity group transaction says (documented wire contract): the <c>$batch</c> request itself
/// succeeds (202) and its multipart body holds one <c>application/http</c> part per operation when every operation
/// succeeded, or one part with the failing operation's status and an OData error whose message starts with that
/// operation's 0-based index (<c>"1:The specified entity already exists."</c>) when the transaction was rolled back.
/// </summary>
/// <param name="Succeeded">Operations answered 2xx.</param>
/// <param name="FailedStatus">The failing operation's HTTP status (0: none failed).</param>
/// <param name="FailedIndex">The failing operation's 0-based index, when the message names it.</param>
/// <param name="ErrorCode">The OData error code of the failure (e.g. <c>EntityAlreadyExists</c>).</param>
/// <param name="ErrorMessage">The OData error message of the failure.</param>
internal sealed record TransactionResponse(int Succeeded, int FailedStatus, int? FailedIndex, string? ErrorCode, string? ErrorMessage)
{
    public bool Committed => FailedStatus == 0;

    /// <summary>Reads the multipart body of a 202 answer to <c>$batch</c>.</summary>
    public static TransactionResponse Parse(ReadOnlySpan<byte> body)
    {
        var succeeded = 0;
        var rest = body;
        while (NextStatusLine(ref rest) is int status)
        {
            if (status is >= 200 and < 300)
            {
                succeeded++;
                continue;
            }

            // The failure's own part: headers, an empty line, then its JSON error.
            var (code, message) = ReadError(rest);
            return new TransactionResponse(succeeded, status, IndexOf(message), code, message);
        }

        return new TransactionResponse(succeeded, 0, null, null, null);
    }

    /// <summary>The status of the next <c>HTTP/1.1 NNN</c> line (a sub-response); <paramref name="rest"/> moves past it.</summary>
    private static int? NextStatusLine(ref ReadOnlySpan<byte> rest)
    {
        while (true)
        {
            var at = rest.IndexOf("HTTP/1.1 "u8);
            if (at < 0)
            {
                rest = default;
                return null;
            }

            var atLineStart = at == 0 || rest[at - 1] == (byte)'\n';
            rest = rest[(at + 9)..];
            if (atLineStart && Utf8Parser.TryParse(rest, out int status, out var consumed) && consumed == 3)
            {
                rest = rest[3..];
                return status;
            }
        }
    }

    private static (string? Code, string? Message) ReadError(ReadOnlySpan<byte> part)
    {
        var start = part.IndexOf((byte)'{');
        if (start < 0)
        {
            return (null, null);
        }

        var json = part[start..];
        var end = json.IndexOf("\r\n--"u8);
        if (end < 0)
        {
            end = json.IndexOf("\n--"u8);
        }

        try
        {
            using var error = JsonDocument.Parse(end < 0 ? json.ToArray() : json[..end].ToArray());
            if (!error.RootElement.TryGetProperty("odata.error", out var odata))
            {
                return (null, null);
            }

            var code = odata.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = odata.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : null;
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    /// <summary>The operation index that starts the message (<c>"3:..."</c>); null when it does not start with one.</summary>
    private static int? IndexOf(string? message)
    {
        if (message is null)
        {
            return null;
        }

        var colon = message.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : null;
    }
}
