using System.Text;
using GenScreen.Storage.Verdicts.Transactions;

namespace GenScreen.Integration.Tests.Reliability;

/// <summary>
/// The reading of an entity group transaction's answer in the documented shape (the Table service's "Performing entity
/// group transactions" samples, written out here), beside <see cref="DirectTableWriterTests"/>, which reads Azurite's
/// own answers: CRLF and bare LF line ends, a committed changeset, and a rolled-back one naming its failing operation.
/// </summary>
public sealed class TransactionResponseTests
{
    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Committed_CountsOneSuccessPerOperation(string newline)
    {
        var body = Body(newline,
            Part(newline, "HTTP/1.1 204 No Content", "Content-ID: 1", "Preference-Applied: return-no-content", "DataServiceVersion: 3.0;"),
            Part(newline, "HTTP/1.1 204 No Content", "Content-ID: 2", "Preference-Applied: return-no-content", "DataServiceVersion: 3.0;"),
            Part(newline, "HTTP/1.1 201 Created", "Content-ID: 3", "DataServiceVersion: 3.0;") + newline + "{\"PartitionKey\":\"ab\",\"Note\":\"HTTP/1.1 500 inside a value\"}");

        var answer = TransactionResponse.Parse(Encoding.UTF8.GetBytes(body));

        Assert.True(answer.Committed);
        Assert.Equal(3, answer.Succeeded);
        Assert.Null(answer.ErrorCode);
    }

    [Theory]
    [InlineData("\r\n", 400, 1, "OutOfRangeInput")]
    [InlineData("\n", 409, 0, "EntityAlreadyExists")]
    [InlineData("\r\n", 409, 37, "EntityAlreadyExists")]
    public void RolledBack_NamesTheFailingOperation_ItsStatusAndCode(string newline, int status, int index, string code)
    {
        var error = $"{{\"odata.error\":{{\"code\":\"{code}\",\"message\":{{\"lang\":\"en-US\",\"value\":\"{index}:The request failed.\\nRequestId:5f1e3a52-0002-0000-0000-000000000000\\nTime:2026-12-02T08:00:00.0000000Z\"}}}}}}";
        var body = Body(newline,
            Part(newline, $"HTTP/1.1 {status} Whatever", "X-Content-Type-Options: nosniff", "DataServiceVersion: 3.0;",
                "Content-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8") + newline + error);

        var answer = TransactionResponse.Parse(Encoding.UTF8.GetBytes(body));

        Assert.False(answer.Committed);
        Assert.Equal(0, answer.Succeeded);
        Assert.Equal(status, answer.FailedStatus);
        Assert.Equal(index, answer.FailedIndex);
        Assert.Equal(code, answer.ErrorCode);
        Assert.StartsWith($"{index}:The request failed.", answer.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void RolledBack_WithAMessageThatNamesNoOperation_HasNoIndex()
    {
        var body = Body("\r\n", Part("\r\n", "HTTP/1.1 400 Bad Request") + "\r\n" +
            "{\"odata.error\":{\"code\":\"InvalidInput\",\"message\":{\"lang\":\"en-US\",\"value\":\"Bad Request - Error in query syntax.\"}}}");

        var answer = TransactionResponse.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Equal(400, answer.FailedStatus);
        Assert.Null(answer.FailedIndex);
        Assert.Equal("InvalidInput", answer.ErrorCode);
    }

    private static string Body(string nl, params string[] parts) =>
        $"--batchresponse_e69b1c6c{nl}Content-Type: multipart/mixed; boundary=changesetresponse_0f8e7f05{nl}{nl}" +
        string.Concat(parts.Select(p => $"--changesetresponse_0f8e7f05{nl}{p}{nl}")) +
        $"--changesetresponse_0f8e7f05--{nl}--batchresponse_e69b1c6c--{nl}";

    private static string Part(string nl, string statusLine, params string[] headers) =>
        $"Content-Type: application/http{nl}Content-Transfer-Encoding: binary{nl}{nl}{statusLine}{nl}" + string.Concat(headers.Select(h => h + nl));
}
