using System.Globalization;

namespace GenScreen.Load.Tables;

internal sealed record BoundOptions(int TablePort, int Batch, int Concurrency, double Seconds, int AzuritePid, string Writer, string Shape)
{
    public static BoundOptions Parse(string[] args)
    {
        var o = new BoundOptions(TablePort: 10002, Batch: 1, Concurrency: 32, Seconds: 10, AzuritePid: 0, Writer: "sdk", Shape: "verdict");
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--table-port" => o with { TablePort = int.Parse(value, CultureInfo.InvariantCulture) },
                "--batch" => o with { Batch = int.Parse(value, CultureInfo.InvariantCulture) },
                "--concurrency" => o with { Concurrency = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seconds" => o with { Seconds = double.Parse(value, CultureInfo.InvariantCulture) },
                "--azurite-pid" => o with { AzuritePid = int.Parse(value, CultureInfo.InvariantCulture) },
                "--writer" => o with { Writer = value },
                "--shape" => o with { Shape = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }
        if (o.Batch is < 1 or > 100) throw new ArgumentException("--batch is 1..100 (an entity group transaction holds at most 100 rows)");
        if (o.Writer is not ("sdk" or "direct")) throw new ArgumentException("--writer is sdk (the Azure SDK's TableClient) or direct (the verdict store's direct writer)");
        if (!VerdictShapedRow.Shapes.Contains(o.Shape)) throw new ArgumentException($"--shape is one of {string.Join(", ", VerdictShapedRow.Shapes)}");
        if (o.Concurrency < 1 || o.Seconds <= 0) throw new ArgumentException("--concurrency and --seconds must be positive");
        return o;
    }
}
