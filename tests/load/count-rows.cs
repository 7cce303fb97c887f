// Counts the rows of one table on a loopback Azurite (the soak's "zero lost verdicts" check).
// Usage: dotnet run tests/load/count-rows.cs -- <table port> <table name>
#:package Azure.Data.Tables
#:property PublishAot=false
using Azure.Data.Tables;

var connection =
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" + // Azurite's published dev key
    $"TableEndpoint=http://127.0.0.1:{int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture)}/devstoreaccount1;";
var rows = 0L;
var ids = new HashSet<string>(StringComparer.Ordinal);
await foreach (var row in new TableClient(connection, args[1]).QueryAsync<TableEntity>(select: ["RowKey"]))
{
    rows++;
    ids.Add(row.RowKey);
}

Console.WriteLine($"{args[1]}: {rows} rows, {ids.Count} distinct row keys");
