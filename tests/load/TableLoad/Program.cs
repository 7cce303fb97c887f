// Meter of tests/load/azurite-bound.sh: how many verdict-shaped rows per second a running Azurite table service
// accepts when nothing but the Azure SDK (--writer sdk) or the verdict store's direct writer (--writer direct, the
// $batch body written onto the wire contract: VerdictStore:TableWriter=Direct) stands in front of it. It answers "what is Azurite's bound and what is
// ours" for the durable prompt path: the same SDK, the same row shape and the same 256 partitions as
// PromptVerdictEntity, with one insert per request (as the path does when batches do not form) or entity group
// transactions of N rows in one partition (what group commit sends when they do).
// It also reads the Azurite process's CPU time from /proc before and after, so the CPU cost per request on
// Azurite's side is measured, not inferred. Traffic goes to 127.0.0.1 only; the run is bounded by --seconds.
using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using GenScreen.Load.Tables;
using GenScreen.Storage.Verdicts.Transactions;

var o = BoundOptions.Parse(args);
var connection =
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" + // Azurite's published dev key
    $"TableEndpoint=http://127.0.0.1:{o.TablePort}/devstoreaccount1;";
var table = new TableClient(connection, $"Bound{DateTime.UtcNow:HHmmss}{o.Batch}x{o.Concurrency}{o.Writer}");
await table.CreateIfNotExistsAsync();
ITableInserts inserts = o.Writer == "direct"
    ? new DirectTableInserts(DirectTableConnection.FromConnectionString(connection, new TableClientOptions()), table.Name) // the SDK client's default options, as the TableClient above
    : new SdkTableInserts(table);

// Warm-up: JIT and the connection pool, not measured.
await Run(inserts, o with { Seconds = 2 }, measure: false);
var cpuBefore = ProcessCpu.Read(o.AzuritePid);
var ownBefore = Process.GetCurrentProcess().TotalProcessorTime;
var result = await Run(inserts, o, measure: true);
var ownAfter = Process.GetCurrentProcess().TotalProcessorTime;
var cpuAfter = ProcessCpu.Read(o.AzuritePid);

var azuriteCpu = cpuAfter - cpuBefore;
var requests = result.Latencies.Count;
result.Latencies.Sort();
double P(double q) => result.Latencies.Count == 0 ? 0 : result.Latencies[(int)Math.Min(result.Latencies.Count - 1, q * result.Latencies.Count)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"writer={o.Writer} shape={o.Shape} batch={o.Batch} concurrency={o.Concurrency} seconds={result.Elapsed.TotalSeconds:F1} requests={requests} rows={requests * o.Batch} errors={result.Errors}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"requests/s={requests / result.Elapsed.TotalSeconds:F0} rows/s={requests * o.Batch / result.Elapsed.TotalSeconds:F0} p50={P(0.50):F2}ms p99={P(0.99):F2}ms"));
if (requests > 0)
{
    // The client's side: this process does nothing but build rows and call the writer, so its CPU per row is the
    // writer's cost (serialising, signing, the pipeline, the HTTP round trip) that the server pays for each verdict.
    var own = ownAfter - ownBefore;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"client ({o.Writer}) cpu={own.TotalSeconds:F2}s per request={own.TotalMilliseconds * 1000 / requests:F0}us per row={own.TotalMilliseconds * 1000 / (requests * o.Batch):F0}us"));
}

if (o.AzuritePid > 0 && requests > 0)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"azurite cpu={azuriteCpu.TotalSeconds:F2}s ({azuriteCpu.TotalSeconds / result.Elapsed.TotalSeconds * 100:F0}% of a core) per request={azuriteCpu.TotalMilliseconds * 1000 / requests:F0}us per row={azuriteCpu.TotalMilliseconds * 1000 / (requests * o.Batch):F0}us"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"azurite bound at one full core: {1e6 / (azuriteCpu.TotalMilliseconds * 1000 / requests):F0} requests/s, {1e6 / (azuriteCpu.TotalMilliseconds * 1000 / (requests * o.Batch)):F0} rows/s"));
}

static async Task<RunResult> Run(ITableInserts table, BoundOptions o, bool measure)
{
    var latencies = new List<double>[o.Concurrency];
    var errors = 0;
    var stop = Stopwatch.StartNew();
    var deadline = TimeSpan.FromSeconds(o.Seconds);
    var workers = Enumerable.Range(0, o.Concurrency).Select(async worker =>
    {
        var mine = latencies[worker] = new List<double>();
        var random = new Random(worker * 7919 + (measure ? 1 : 0));
        while (stop.Elapsed < deadline)
        {
            // The verdict id's first two hex digits are its partition (VerdictIds.PartitionOf): 256 partitions.
            var partition = random.Next(256).ToString("x2", CultureInfo.InvariantCulture);
            var rows = Enumerable.Range(0, o.Batch).Select(_ => VerdictShapedRow.Make(o.Shape, partition, random)).ToList();
            var started = Stopwatch.GetTimestamp();
            try
            {
                var written = o.Batch == 1
                    ? await table.InsertAsync(rows[0], CancellationToken.None)
                    : await table.InsertBatchAsync(rows, CancellationToken.None);
                if (!written) throw new InvalidOperationException("a fresh random row already existed");
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Azure.RequestFailedException)
            {
                Interlocked.Increment(ref errors);
            }
        }
    }).ToArray();
    await Task.WhenAll(workers);
    return new RunResult(latencies.SelectMany(l => l).ToList(), errors, stop.Elapsed);
}

internal sealed record RunResult(List<double> Latencies, int Errors, TimeSpan Elapsed);
